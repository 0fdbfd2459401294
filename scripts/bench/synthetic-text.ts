/**
 * Words for the synthetic corpus: sentences about cities, prevention of hate and extremism, social
 * cohesion, youth and mayors, built from vocabulary and templates in English (long bodies), French
 * and Arabic (shorter ones). Every choice goes through the seeded generator, so text is reproducible.
 */
import type { Blocks } from '@resource-hub/content-types';
import type { CitySeed, DocSeed, PartnerSeed } from '../seed/sample-content/types.js';
import type { Random } from './random.js';

export type TextLocale = 'en' | 'fr' | 'ar';
export type DocType = DocSeed['type'];
/** One phrase in each language the corpus writes. */
export type Tri = Record<TextLocale, string>;

const tri = (en: string, fr: string, ar: string): Tri => ({ en, fr, ar });
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
/** English title case: "Police and Community Safety Teams". */
export const titleCase = (text: string): string =>
  text.replace(/[\p{L}’'-]+/gu, (word, offset: number) =>
    offset > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : cap(word),
  );

/** A topic: title case and running-text forms in English and French, one form in Arabic. */
export interface Topic {
  title: string;
  en: string;
  frTitle: string;
  fr: string;
  ar: string;
}

const topic = (title: string, en: string, frTitle: string, fr: string, ar: string): Topic => ({
  title,
  en,
  frTitle,
  fr,
  ar,
});

export const TOPICS: Topic[] = [
  topic(
    'Countering Hate Speech',
    'countering hate speech',
    'Lutter contre les discours de haine',
    'la lutte contre les discours de haine',
    'مكافحة خطاب الكراهية',
  ),
  topic(
    'Youth Participation in Local Prevention',
    'youth participation in local prevention',
    'La participation des jeunes à la prévention locale',
    'la participation des jeunes à la prévention locale',
    'مشاركة الشباب في الوقاية المحلية',
  ),
  topic(
    'Social Cohesion in Diverse Neighbourhoods',
    'social cohesion in diverse neighbourhoods',
    'La cohésion sociale dans les quartiers',
    'la cohésion sociale dans les quartiers',
    'التماسك الاجتماعي في الأحياء المتنوعة',
  ),
  topic(
    'Multi-Agency Prevention Networks',
    'multi-agency prevention networks',
    'Les réseaux locaux de prévention',
    'les réseaux locaux de prévention',
    'شبكات الوقاية متعددة الأطراف',
  ),
  topic(
    'Protecting Public Spaces',
    'protecting public spaces',
    'Protéger les espaces publics',
    'la protection des espaces publics',
    'حماية الفضاءات العامة',
  ),
  topic(
    'Disinformation and Local Trust',
    'disinformation and local trust',
    'Désinformation et confiance locale',
    'la désinformation et la confiance locale',
    'التضليل الإعلامي والثقة المحلية',
  ),
  topic(
    'Inclusion of Migrants and Refugees',
    'the inclusion of migrants and refugees',
    'L’inclusion des migrants et des réfugiés',
    'l’inclusion des migrants et des réfugiés',
    'إدماج المهاجرين واللاجئين',
  ),
  topic(
    'Mayoral Leadership in Times of Crisis',
    'mayoral leadership in times of crisis',
    'Le leadership des maires en temps de crise',
    'le leadership des maires en temps de crise',
    'قيادة رؤساء البلديات في أوقات الأزمات',
  ),
  topic(
    'Rehabilitation and Reintegration',
    'rehabilitation and reintegration',
    'Réhabilitation et réinsertion',
    'la réhabilitation et la réinsertion',
    'إعادة التأهيل وإعادة الإدماج',
  ),
  topic(
    'Mental Health and Prevention',
    'mental health and prevention',
    'Santé mentale et prévention',
    'la santé mentale et la prévention',
    'الصحة النفسية والوقاية',
  ),
  topic(
    'Schools as Partners in Prevention',
    'schools as partners in prevention',
    'L’école, partenaire de la prévention',
    'l’école comme partenaire de la prévention',
    'المدرسة شريكًا في الوقاية',
  ),
  topic(
    'Women’s Leadership in Community Safety',
    'women’s leadership in community safety',
    'Les femmes et la sécurité des quartiers',
    'le rôle des femmes dans la sécurité des quartiers',
    'دور المرأة في أمن الأحياء',
  ),
  topic(
    'Responding to Hate Crimes',
    'responding to hate crimes',
    'Répondre aux crimes de haine',
    'la réponse aux crimes de haine',
    'التصدي لجرائم الكراهية',
  ),
  topic(
    'Online Harms and Local Action',
    'online harms and local action',
    'Risques en ligne et action locale',
    'les risques en ligne et l’action locale',
    'المخاطر الرقمية والعمل المحلي',
  ),
  topic(
    'Interfaith Dialogue',
    'interfaith dialogue',
    'Le dialogue interreligieux',
    'le dialogue interreligieux',
    'الحوار بين الأديان',
  ),
  topic(
    'Cities and National Governments',
    'cooperation between cities and national governments',
    'Villes et gouvernements nationaux',
    'la coopération entre villes et gouvernements nationaux',
    'التعاون بين المدن والحكومات الوطنية',
  ),
  topic(
    'Early Warning and Referral',
    'early warning and referral',
    'Alerte précoce et orientation',
    'l’alerte précoce et l’orientation',
    'الإنذار المبكر والإحالة',
  ),
  topic(
    'Sport and Culture for Prevention',
    'sport and culture for prevention',
    'Le sport et la culture au service de la prévention',
    'la place du sport et de la culture dans la prévention',
    'الرياضة والثقافة في خدمة الوقاية',
  ),
  topic(
    'Threats Against Local Officials',
    'threats against local officials',
    'Les menaces contre les élus locaux',
    'les menaces contre les élus locaux',
    'التهديدات ضد المسؤولين المحليين',
  ),
  topic(
    'Polarisation After Elections',
    'polarisation after elections',
    'La polarisation après les élections',
    'la polarisation après les élections',
    'الاستقطاب بعد الانتخابات',
  ),
  topic(
    'Community Policing',
    'community policing',
    'La police de proximité',
    'la police de proximité',
    'الشرطة المجتمعية',
  ),
  topic(
    'Measuring Prevention Outcomes',
    'measuring prevention outcomes',
    'Mesurer les effets de la prévention',
    'la mesure des effets de la prévention',
    'قياس نتائج الوقاية',
  ),
];

/** What a city spotlight shows, as a title after the city's name. */
export const PRACTICES: Tri[] = [
  tri(
    'Youth Councils Against Polarisation',
    'des conseils de jeunes contre la polarisation',
    'مجالس الشباب في مواجهة الاستقطاب',
  ),
  tri(
    'A Prevention Network Built on Trust',
    'un réseau de prévention fondé sur la confiance',
    'شبكة وقاية قائمة على الثقة',
  ),
  tri('Mentors for Young People at Risk', 'des mentors pour les jeunes en difficulté', 'مرشدون للشباب المعرّضين للخطر'),
  tri(
    'Faith Leaders Around One Table',
    'les responsables religieux autour d’une même table',
    'القادة الدينيون حول طاولة واحدة',
  ),
  tri('Schools at the Heart of Prevention', 'l’école au cœur de la prévention', 'المدرسة في صميم الوقاية'),
  tri(
    'Welcoming Newcomers, Easing Tensions',
    'accueillir les nouveaux arrivants, apaiser les tensions',
    'استقبال القادمين الجدد وتخفيف التوترات',
  ),
  tri('Answering Hate Online', 'répondre à la haine en ligne', 'الرد على الكراهية في الفضاء الرقمي'),
  tri('Safer Squares and Parks', 'des places et des parcs plus sûrs', 'ساحات وحدائق أكثر أمانًا'),
  tri(
    'A Helpline for Worried Families',
    'une ligne d’écoute pour les familles inquiètes',
    'خط هاتفي لدعم الأسر القلقة',
  ),
  tri(
    'Sport as a Bridge Between Communities',
    'le sport comme passerelle entre les communautés',
    'الرياضة جسرًا بين المجتمعات',
  ),
  tri('Mapping Risks with Residents', 'cartographier les risques avec les habitants', 'رسم خريطة المخاطر مع السكان'),
  tri(
    'Women Leading Neighbourhood Safety',
    'les femmes en première ligne de la sécurité des quartiers',
    'نساء يقدن أمن الأحياء',
  ),
  tri('Second Chances After Prison', 'une seconde chance après la prison', 'فرصة ثانية بعد السجن'),
  tri('Data to Spot Rising Tensions', 'des données pour repérer les tensions', 'بيانات لرصد التوترات المتصاعدة'),
  tri('Culture Nights in Every District', 'des soirées culturelles dans chaque quartier', 'أمسيات ثقافية في كل حي'),
  tri('A Mayor Who Speaks Up Early', 'un maire qui prend la parole tôt', 'رئيس بلدية يتكلم مبكرًا'),
  tri(
    'Listening Tours in the Outer Districts',
    'à l’écoute des quartiers périphériques',
    'جولات إصغاء في الأحياء الطرفية',
  ),
  tri('Community Policing That Works', 'une police de proximité qui fonctionne', 'شرطة مجتمعية فعّالة'),
];

export interface EventKind {
  name: Tri;
  /** Summits and conferences have sessions, reported separately. */
  hasSessions: boolean;
}

export const EVENT_KINDS: EventKind[] = [
  { name: tri('Global Summit', 'Sommet mondial', 'القمة العالمية'), hasSessions: true },
  { name: tri('Annual Conference', 'Conférence annuelle', 'المؤتمر السنوي'), hasSessions: true },
  { name: tri('Regional Dialogue', 'Dialogue régional', 'الحوار الإقليمي'), hasSessions: true },
  { name: tri('Policy Forum', 'Forum politique', 'منتدى السياسات'), hasSessions: true },
  { name: tri('Regional Workshop', 'Atelier régional', 'ورشة العمل الإقليمية'), hasSessions: false },
  {
    name: tri('Mayors’ Roundtable', 'Table ronde des maires', 'الطاولة المستديرة لرؤساء البلديات'),
    hasSessions: false,
  },
  { name: tri('Peer Exchange', 'Échange entre pairs', 'لقاء تبادل الخبرات بين النظراء'), hasSessions: false },
  { name: tri('Training Workshop', 'Atelier de formation', 'الورشة التدريبية'), hasSessions: false },
  { name: tri('Youth Assembly', 'Assemblée des jeunes', 'جمعية الشباب'), hasSessions: false },
  { name: tri('Study Visit', 'Visite d’étude', 'الزيارة الدراسية'), hasSessions: false },
];

export const AUDIENCES: Tri[] = [
  tri('Mayors and city officials', 'Maires et responsables municipaux', 'رؤساء البلديات والمسؤولون المحليون'),
  tri('Local prevention coordinators', 'Coordinateurs locaux de prévention', 'منسقو الوقاية المحليون'),
  tri('Youth workers and educators', 'Animateurs jeunesse et éducateurs', 'العاملون مع الشباب والمربّون'),
  tri(
    'Police and community safety teams',
    'Police et équipes de sécurité de proximité',
    'الشرطة وفرق السلامة المجتمعية',
  ),
  tri(
    'Civil society organisations working with cities',
    'Associations travaillant avec les villes',
    'منظمات المجتمع المدني العاملة مع المدن',
  ),
  tri('Municipal communication teams', 'Services de communication des villes', 'فرق الاتصال في البلديات'),
];

export const TOOLKIT_STEPS: Tri[] = [
  tri(
    'Map local risks and resources',
    'Cartographier les risques et les ressources',
    'رسم خريطة المخاطر والموارد المحلية',
  ),
  tri('Bring the right partners together', 'Réunir les bons partenaires', 'جمع الشركاء المناسبين'),
  tri(
    'Agree on roles and information sharing',
    'Convenir des rôles et du partage d’informations',
    'الاتفاق على الأدوار وتبادل المعلومات',
  ),
  tri('Design the referral pathway', 'Concevoir le parcours d’orientation', 'تصميم مسار الإحالة'),
  tri('Train frontline staff', 'Former les professionnels de terrain', 'تدريب العاملين الميدانيين'),
  tri('Involve young people', 'Associer les jeunes', 'إشراك الشباب'),
  tri('Communicate with residents', 'Communiquer avec les habitants', 'التواصل مع السكان'),
  tri('Respond to incidents', 'Réagir aux incidents', 'الاستجابة للحوادث'),
  tri('Monitor and evaluate', 'Suivre et évaluer', 'المتابعة والتقييم'),
  tri('Secure long-term funding', 'Garantir un financement durable', 'تأمين تمويل مستدام'),
];

export const OUTCOME_STATEMENTS: Tri[] = [
  tri(
    'A municipal prevention network now meets every month',
    'Un réseau municipal de prévention se réunit désormais chaque mois',
    'شبكة بلدية للوقاية تجتمع الآن كل شهر',
  ),
  tri(
    'Young people have a formal channel into municipal decisions',
    'Les jeunes disposent d’un canal officiel pour peser sur les décisions municipales',
    'أصبح للشباب قناة رسمية للمشاركة في القرارات البلدية',
  ),
  tri(
    'Frontline staff know where to refer people at risk',
    'Les professionnels de terrain savent vers qui orienter les personnes en danger',
    'يعرف العاملون الميدانيون الآن إلى أين يحيلون الأشخاص المعرّضين للخطر',
  ),
  tri(
    'Faith leaders signed a joint declaration against hate',
    'Les responsables religieux ont signé une déclaration commune contre la haine',
    'وقّع القادة الدينيون إعلانًا مشتركًا ضد الكراهية',
  ),
  tri(
    'The city adopted its first local prevention strategy',
    'La ville a adopté sa première stratégie locale de prévention',
    'اعتمدت المدينة أول استراتيجية محلية للوقاية',
  ),
  tri(
    'Participating cities agreed to share data on hate incidents',
    'Les villes participantes se sont engagées à partager leurs données sur les incidents haineux',
    'اتفقت المدن المشاركة على تبادل البيانات حول حوادث الكراهية',
  ),
  tri(
    'Mayors committed to meet again within a year',
    'Les maires se sont engagés à se retrouver dans un an',
    'التزم رؤساء البلديات بالاجتماع مجددًا خلال عام',
  ),
  tri(
    'A regional peer-learning group was launched',
    'Un groupe régional d’apprentissage entre pairs a été lancé',
    'أُطلقت مجموعة إقليمية للتعلم بين النظراء',
  ),
  tri(
    'Community centres now open in the evenings and at weekends',
    'Les centres sociaux ouvrent désormais le soir et le week-end',
    'أصبحت المراكز المجتمعية تفتح أبوابها مساءً وفي عطلة نهاية الأسبوع',
  ),
  tri(
    'Schools integrated media literacy into the curriculum',
    'Les écoles ont intégré l’éducation aux médias dans leurs programmes',
    'أدرجت المدارس التربية الإعلامية في مناهجها',
  ),
  tri(
    'Reported hate incidents fell over two consecutive years',
    'Les incidents haineux signalés ont baissé deux années de suite',
    'تراجعت حوادث الكراهية المبلّغ عنها عامين متتاليين',
  ),
  tri(
    'National and local authorities agreed on a joint action plan',
    'Les autorités nationales et locales ont adopté un plan d’action commun',
    'اتفقت السلطات الوطنية والمحلية على خطة عمل مشتركة',
  ),
];

/** Key figures: a label per language and the range of the number (Arabic labels suit 11 and above). */
export const KEY_FIGURES: { label: Tri; min: number; max: number }[] = [
  { label: tri('young people reached', 'jeunes touchés', 'شابًا وشابة استفادوا من البرنامج'), min: 120, max: 5000 },
  {
    label: tri('frontline workers trained', 'professionnels formés', 'عاملًا ميدانيًا تلقوا التدريب'),
    min: 20,
    max: 600,
  },
  { label: tri('partner organisations', 'organisations partenaires', 'منظمة شريكة'), min: 11, max: 60 },
  { label: tri('neighbourhoods covered', 'quartiers couverts', 'حيًّا يشملها البرنامج'), min: 11, max: 40 },
  {
    label: tri(
      'cases referred to support services',
      'situations orientées vers un accompagnement',
      'حالة أُحيلت إلى خدمات الدعم',
    ),
    min: 11,
    max: 400,
  },
];

export const PARTICIPANT_FIGURES: { label: Tri; min: number; max: number }[] = [
  { label: tri('participants', 'participants', 'مشاركًا ومشاركة'), min: 40, max: 900 },
  { label: tri('mayors and local leaders', 'maires et élus locaux', 'رئيس بلدية ومسؤولًا محليًا'), min: 11, max: 150 },
  { label: tri('countries represented', 'pays représentés', 'دولة ممثلة'), min: 11, max: 60 },
  { label: tri('cities represented', 'villes représentées', 'مدينة ممثلة'), min: 11, max: 120 },
];

/** People quoted in spotlights: Latin and Arabic spellings; `f` for women (Arabic role agrees). */
export const FIRST_NAMES: [string, string, 'f' | 'm'][] = [
  ['Amina', 'أمينة', 'f'],
  ['Karim', 'كريم', 'm'],
  ['Sarah', 'سارة', 'f'],
  ['David', 'ديفيد', 'm'],
  ['Fatou', 'فاتو', 'f'],
  ['Jonas', 'يوناس', 'm'],
  ['Maria', 'ماريا', 'f'],
  ['Omar', 'عمر', 'm'],
  ['Leila', 'ليلى', 'f'],
  ['Peter', 'بيتر', 'm'],
  ['Nadia', 'نادية', 'f'],
  ['Samuel', 'صامويل', 'm'],
  ['Grace', 'غريس', 'f'],
  ['Youssef', 'يوسف', 'm'],
  ['Ingrid', 'إنغريد', 'f'],
  ['Hassan', 'حسن', 'm'],
  ['Ana', 'آنا', 'f'],
  ['Tomas', 'توماس', 'm'],
  ['Mariam', 'مريم', 'f'],
  ['Daniel', 'دانيال', 'm'],
];
export const LAST_NAMES: [string, string][] = [
  ['Mensah', 'منساه'],
  ['Haddad', 'حداد'],
  ['Okello', 'أوكيلو'],
  ['Larsen', 'لارسن'],
  ['Benali', 'بن علي'],
  ['Kowalski', 'كوفالسكي'],
  ['Nakato', 'ناكاتو'],
  ['Ferreira', 'فيريرا'],
  ['Rahman', 'رحمن'],
  ['Dubois', 'دوبوا'],
  ['Osei', 'أوسي'],
  ['Novak', 'نوفاك'],
  ['Hussein', 'حسين'],
  ['Mwangi', 'موانغي'],
  ['Lindqvist', 'ليندكفيست'],
  ['Ortega', 'أورتيغا'],
  ['Chaouch', 'الشاوش'],
  ['Tan', 'تان'],
];

/** French contractions: "de" and "à" before an article or a vowel. */
export const frDe = (text: string): string =>
  text.startsWith('les ')
    ? `des ${text.slice(4)}`
    : text.startsWith('le ')
      ? `du ${text.slice(3)}`
      : /^[aeiouyéèêâîôh]/i.test(text)
        ? `d’${text}`
        : `de ${text}`;
export const frA = (text: string): string =>
  text.startsWith('les ') ? `aux ${text.slice(4)}` : text.startsWith('le ') ? `au ${text.slice(3)}` : `à ${text}`;

/** Numbers as each language writes them. */
export const formatNumber = (value: number, locale: TextLocale): string => {
  if (locale === 'ar' || value < 1000) return String(value);
  const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : '\u00a0');
  return grouped;
};

/** What a document is about, chosen once and written in each of its languages. */
export interface Scene {
  city: CitySeed;
  /** Other cities the text may mention. */
  others: CitySeed[];
  year: number;
  topic: Topic;
  partners: PartnerSeed[];
}

interface Vocabulary {
  actors: string[];
  groups: string[];
  issues: string[];
  activities: string[];
  outcomes: string[];
  principles: string[];
  lessons: string[];
}

type Template = (w: Writer) => string;

interface LanguagePack {
  words: Vocabulary;
  sentences: Template[];
  quotes: Template[];
  headings: Record<DocType, string[]>;
  subheadings: string[];
  /** A sentence around a link: the text before and after the link's label. */
  linkSentence: [string, string];
}

export class Writer {
  private deck: Template[] = [];
  private last?: Template;

  constructor(
    readonly locale: TextLocale,
    readonly rng: Random,
    readonly scene: Scene,
  ) {}

  private get pack(): LanguagePack {
    return PACKS[this.locale];
  }

  private word(list: keyof Vocabulary): string {
    return this.rng.pick(this.pack.words[list]);
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  int(min: number, max: number): number {
    return this.rng.int(min, max);
  }

  cityName(city: CitySeed): string {
    return city.name[this.locale] ?? city.name.en;
  }

  city(): string {
    return this.cityName(this.scene.city);
  }

  country(): string {
    return this.scene.city.country[this.locale] ?? this.scene.city.country.en;
  }

  other(): string {
    return this.cityName(this.rng.pick(this.scene.others));
  }

  /** Two different other cities. */
  twoOthers(): [string, string] {
    const [first, second] = this.rng.sample(this.scene.others, 2);
    return [this.cityName(first), this.cityName(second ?? first)];
  }

  year(offset = 0): number {
    return this.scene.year + offset;
  }

  topic(): string {
    return this.scene.topic[this.locale];
  }

  number(min = 120, max = 4000): string {
    return formatNumber(this.rng.int(min / 10, max / 10) * 10, this.locale);
  }

  partner(): string {
    if (this.scene.partners.length === 0) return 'international partners';
    const { name } = this.rng.pick(this.scene.partners);
    return name[this.locale] ?? name.en;
  }

  actor = () => this.word('actors');
  /** Two different actors. */
  actors = (): [string, string] => {
    const [first, second] = this.rng.sample(this.pack.words.actors, 2);
    return [first, second];
  };
  group = () => this.word('groups');
  issue = () => this.word('issues');
  activity = () => this.word('activities');
  outcome = () => this.word('outcomes');
  principle = () => this.word('principles');
  lesson = () => this.word('lessons');

  /** A sentence; templates are dealt like cards, so none comes back before all others were used. */
  sentence(): string {
    if (this.deck.length === 0) {
      this.deck = this.rng.shuffle(this.pack.sentences);
      // The last card of the old deck must not open the new one.
      if (this.deck.at(-1) === this.last) this.deck.unshift(this.deck.pop()!);
    }
    this.last = this.deck.pop()!;
    return cap(this.last(this));
  }

  paragraph(min: number, max: number): string {
    return Array.from({ length: this.int(min, max) }, () => this.sentence()).join(' ');
  }

  quote(): string {
    return this.pick(this.pack.quotes)(this);
  }

  /** Items for a bulleted or numbered list: things a city can do. */
  listItems(count: number): string[] {
    return this.rng.sample(this.pack.words.activities, count).map(cap);
  }

  headings(type: DocType, count: number): string[] {
    return this.rng.sample(this.pack.headings[type], count);
  }

  subheading(): string {
    return this.pick(this.pack.subheadings);
  }

  get linkSentence(): [string, string] {
    return this.pack.linkSentence;
  }
}

const english: LanguagePack = {
  words: {
    actors: [
      'the mayor',
      'the city council',
      'the municipal prevention team',
      'the local police',
      'youth workers',
      'community leaders',
      'school principals',
      'faith leaders',
      'social workers',
      'civil society organisations',
      'the deputy mayor for social affairs',
      'neighbourhood associations',
      'public health officials',
      'women-led community groups',
      'local sports clubs',
      'the public library service',
      'local journalists',
      'the office for equality and inclusion',
      'a network of trusted mentors',
      'university researchers',
    ],
    groups: [
      'young people',
      'newly arrived families',
      'parents',
      'teachers',
      'frontline practitioners',
      'residents of the outer districts',
      'small business owners',
      'people leaving prison',
      'victims of hate crimes',
      'secondary school students',
      'older residents',
      'refugees and asylum seekers',
      'women and girls',
      'unemployed young adults',
      'religious minorities',
      'local councillors',
    ],
    issues: [
      'online hate speech',
      'disinformation',
      'polarisation',
      'violent extremism',
      'hate crime',
      'recruitment by extremist groups',
      'school dropout',
      'social isolation',
      'tension between communities',
      'distrust of public institutions',
      'conspiracy thinking',
      'intimidation of local officials',
      'harassment of minorities',
      'gang violence',
      'antisemitic and anti-Muslim hatred',
    ],
    activities: [
      'set up a multi-agency referral mechanism',
      'train frontline staff to recognise early warning signs',
      'open a youth council with its own budget',
      'hold intercultural festivals in public squares',
      'map local risks together with residents',
      'launch a helpline for worried families',
      'create a mentoring scheme for young people',
      'bring faith leaders together around a shared declaration',
      'publish a local prevention strategy',
      'fund small grants for community initiatives',
      'work with schools on media literacy',
      'review the security of places of worship',
      'support the reintegration of returnees',
      'organise dialogue sessions between police and residents',
      'run a campaign against online hate',
      'give youth workers a seat on the city’s safety board',
      'collect data on hate incidents in every district',
      'train teachers to discuss difficult news in class',
      'keep community centres open in the evenings and at weekends',
      'pair newcomers with local volunteers',
    ],
    outcomes: [
      'trust between residents and the municipality grew',
      'referrals reached the right services faster',
      'more young people took part in local decisions',
      'reported hate incidents fell for the first time in years',
      'community groups secured longer-term funding',
      'schools across the district adopted the approach',
      'neighbouring municipalities asked to replicate the model',
      'police and youth workers began to share information routinely',
      'residents said they felt safer in public spaces',
      'the number of volunteers doubled',
      'local media started to cover the programme',
      'the city council made the budget permanent',
    ],
    principles: [
      'early, voluntary support rather than security measures',
      'clear roles for each partner',
      'information sharing that respects privacy',
      'long-term funding from the municipal budget',
      'listening to residents before designing programmes',
      'the credibility of trusted local messengers',
      'regular meetings between departments that rarely talk to each other',
      'a shared understanding of what prevention means',
      'the involvement of young people from the start',
    ],
    lessons: [
      'prevention works best when it is led by those closest to the community',
      'small grants go a long way when they reach the right groups',
      'data is only useful if someone is responsible for acting on it',
      'mayors need to speak up early when tensions rise',
      'programmes last longer when they are written into the city budget',
      'young people listen to their peers more than to officials',
      'security and social services must work together without merging their roles',
    ],
  },
  sentences: [
    (w) => `In ${w.year()}, ${w.actor()} in ${w.city()} decided to ${w.activity()}.`,
    (w) => `The aim was to reach ${w.group()} before ${w.issue()} could take hold.`,
    (w) => `Officials in ${w.city()} describe ${w.issue()} as a local problem that needs local answers.`,
    (w) => {
      const [a, b] = w.actors();
      return `${cap(a)} worked closely with ${b}, meeting every ${w.pick(['week', 'two weeks', 'month'])} to review cases and plan activities.`;
    },
    (w) => `Within ${w.int(3, 18)} months, ${w.outcome()}.`,
    (w) => `According to ${w.actor()}, ${w.outcome()}.`,
    (w) => `The approach relies on ${w.principle()}.`,
    (w) => `One lesson stands out: ${w.lesson()}.`,
    (w) => {
      const [a, b] = w.twoOthers();
      return `${w.city()} is not alone: ${a} and ${b} face similar challenges with ${w.issue()}.`;
    },
    (w) => `The programme now reaches about ${w.number()} ${w.group()} every year.`,
    (w) => `A team of ${w.int(2, 12)} staff coordinates the work from the mayor’s office.`,
    (w) => `Funding came from the municipal budget, with support from ${w.partner()}.`,
    (w) => `Participants stressed that ${w.lesson()}.`,
    (w) => `Rather than treating ${w.issue()} as a security matter alone, the city chose to ${w.activity()}.`,
    (w) => `Early results are encouraging: ${w.outcome()}, and ${w.outcome()}.`,
    (w) => `${cap(w.group())} were consulted at every stage, from the first workshop to the final evaluation.`,
    (w) => {
      const [a, b] = w.actors();
      return `The plan sets out how ${a} and ${b} share responsibility for ${w.topic()}.`;
    },
    (w) => `Several speakers warned that ${w.issue()} spreads quickly when local institutions stay silent.`,
    (w) => `In the districts most affected by ${w.issue()}, the city decided to ${w.activity()}.`,
    (w) => `An evaluation carried out in ${w.year(1)} found that ${w.outcome()}.`,
    (w) => `The experience of ${w.other()} helped ${w.city()} avoid some early mistakes.`,
    (w) => `What began as a pilot in ${w.int(2, 6)} neighbourhoods has since been extended to the whole city.`,
    (w) => `Regular meetings with ${w.actor()} now take place in every district.`,
    (w) => `Practitioners point out that ${w.group()} are more likely to seek help when services are close to home.`,
    (w) => `The city also plans to ${w.activity()} by ${w.year(2)}.`,
    (w) => `This matters because ${w.issue()} often hits ${w.group()} hardest.`,
    (w) =>
      `Data collected by ${w.actor()} helps the city see where tensions are rising and respond before they escalate.`,
    () =>
      'Mayors at the meeting agreed that cities need a direct line to national governments and international partners.',
    (w) => `Working with ${w.partner()}, the municipality adapted tools first tested in ${w.other()}.`,
    (w) => `The strategy covers ${w.topic()}, with a particular focus on ${w.group()}.`,
    (w) => `For ${w.group()}, the most visible change is that ${w.outcome()}.`,
    (w) => `None of this would have worked without ${w.principle()}.`,
  ],
  quotes: [
    (w) =>
      `Prevention starts with listening. When ${w.group()} see that the city takes them seriously, extremists lose their best argument.`,
    (w) =>
      `We cannot wait for national plans. The first responders to ${w.issue()} are our schools, our clubs and our neighbourhoods.`,
    (w) => `Every resident of ${w.city()} deserves to feel safe and to feel that they belong.`,
    () => 'Hate does not start with violence; it starts with words we choose to ignore.',
    () => 'Our job as mayors is to bring people together before someone else pulls them apart.',
    () => 'The most effective thing we did was to give young people a real budget and real decisions.',
    () => 'Trust is built slowly, one meeting at a time, and it can be lost in a single afternoon.',
    (w) => `${w.city()} is stronger when every community has a seat at the table.`,
    (w) => `We learned more from ${w.other()} in two days than from years of reports.`,
  ],
  headings: {
    guide: [
      'Why this matters',
      'Understanding the problem',
      'What cities can do',
      'Building partnerships',
      'Working with young people',
      'Common pitfalls',
      'Measuring progress',
      'Getting started',
    ],
    toolkit: [
      'About this toolkit',
      'Before you begin',
      'How to use the modules',
      'Facilitation tips',
      'Adapting the toolkit to your city',
      'Resources',
    ],
    'city-spotlight': [
      'Context',
      'The practice',
      'Who is involved',
      'Results so far',
      'Challenges',
      'What other cities can learn',
      'Next steps',
    ],
    'event-report': [
      'Background',
      'Opening session',
      'Key discussions',
      'Voices from the cities',
      'Outcomes and commitments',
      'Follow-up',
    ],
  },
  subheadings: [
    'The role of the mayor',
    'Partnerships with civil society',
    'The online dimension',
    'Training frontline staff',
    'Funding',
    'Involving young people',
    'Working with the police',
    'Data and evaluation',
    'Communicating with residents',
    'Protecting privacy',
  ],
  linkSentence: ['More information is available from ', '.'],
};

const french: LanguagePack = {
  words: {
    actors: [
      'le maire',
      'le conseil municipal',
      'l’équipe municipale de prévention',
      'la police municipale',
      'les éducateurs de rue',
      'les responsables associatifs',
      'les chefs d’établissement',
      'les responsables religieux',
      'les travailleurs sociaux',
      'les associations de quartier',
      'la maison des jeunes',
      'le service de l’égalité et de l’inclusion',
    ],
    groups: [
      'les jeunes',
      'les familles nouvellement arrivées',
      'les parents',
      'les enseignants',
      'les professionnels de terrain',
      'les habitants des quartiers périphériques',
      'les commerçants',
      'les personnes sortant de prison',
      'les victimes de crimes de haine',
      'les lycéens',
      'les personnes âgées',
      'les réfugiés',
    ],
    issues: [
      'les discours de haine en ligne',
      'la désinformation',
      'la polarisation',
      'l’extrémisme violent',
      'les crimes de haine',
      'le recrutement par des groupes extrémistes',
      'le décrochage scolaire',
      'l’isolement social',
      'les tensions entre communautés',
      'la défiance envers les institutions',
      'les théories du complot',
      'les menaces contre les élus',
    ],
    activities: [
      'mettre en place un dispositif d’orientation associant plusieurs services',
      'former les professionnels de terrain aux signaux faibles',
      'créer un conseil des jeunes doté de son propre budget',
      'organiser des fêtes interculturelles sur les places publiques',
      'cartographier les risques avec les habitants',
      'ouvrir une ligne d’écoute pour les familles inquiètes',
      'lancer un programme de mentorat pour les jeunes',
      'réunir les responsables religieux autour d’une déclaration commune',
      'adopter une stratégie locale de prévention',
      'financer de petites initiatives associatives',
      'travailler avec les écoles sur l’éducation aux médias',
      'ouvrir les centres sociaux le soir et le week-end',
    ],
    outcomes: [
      'la confiance entre les habitants et la mairie a progressé',
      'les situations signalées sont orientées plus vite vers les bons services',
      'davantage de jeunes participent aux décisions locales',
      'les incidents haineux signalés ont diminué',
      'les associations ont obtenu des financements pluriannuels',
      'plusieurs communes voisines ont repris le modèle',
      'les habitants disent se sentir plus en sécurité dans l’espace public',
      'le nombre de bénévoles a doublé',
    ],
    principles: [
      'un accompagnement précoce et volontaire plutôt que des mesures de sécurité',
      'des rôles clairs pour chaque partenaire',
      'un partage d’informations respectueux de la vie privée',
      'un financement durable inscrit au budget municipal',
      'l’écoute des habitants avant toute décision',
    ],
    lessons: [
      'la prévention fonctionne mieux lorsqu’elle est portée par les acteurs les plus proches des habitants',
      'les maires doivent prendre la parole tôt lorsque les tensions montent',
      'un programme dure plus longtemps lorsqu’il est inscrit au budget de la ville',
    ],
  },
  sentences: [
    (w) => `En ${w.year()}, la ville ${frDe(w.city())} a décidé ${frDe(w.activity())}.`,
    (w) => `L’objectif est d’agir le plus tôt possible auprès ${frDe(w.group())}.`,
    (w) =>
      `Les responsables municipaux considèrent ${w.issue()} comme un enjeu local qui appelle des réponses locales.`,
    (w) => {
      const [a, b] = w.actors();
      return `Le dispositif associe ${a} et ${b}.`;
    },
    (w) => `En ${w.int(3, 18)} mois, ${w.outcome()}.`,
    (w) => `Selon ${w.actor()}, ${w.outcome()}.`,
    (w) => `L’approche repose sur ${w.principle()}.`,
    (w) => {
      const [a, b] = w.twoOthers();
      return `${w.city()} n’est pas un cas isolé : ${a} et ${b} font face aux mêmes difficultés.`;
    },
    (w) => `Le programme touche aujourd’hui environ ${w.number()} personnes chaque année.`,
    (w) => `Une petite équipe de ${w.int(2, 12)} agents coordonne le travail depuis le cabinet du maire.`,
    (w) =>
      `Plutôt que de traiter ${w.issue()} comme une question de sécurité, la ville a choisi ${frDe(w.activity())}.`,
    (w) => `Les premiers résultats sont encourageants : ${w.outcome()}.`,
    () => 'Les habitants ont été consultés à chaque étape, du premier atelier à l’évaluation finale.',
    (w) => `Dans les quartiers les plus touchés par ${w.issue()}, la ville a choisi ${frDe(w.activity())}.`,
    (w) => `L’expérience ${frDe(w.other())} a aidé ${w.city()} à éviter certaines erreurs.`,
    (w) => `Le projet, lancé à titre pilote dans ${w.int(2, 6)} quartiers, couvre désormais toute la ville.`,
    (w) => `La ville prévoit aussi ${frDe(w.activity())} d’ici ${w.year(2)}.`,
    (w) => `Les participants ont rappelé que ${w.lesson()}.`,
  ],
  quotes: [
    () =>
      'La prévention commence par l’écoute : quand les jeunes voient que la ville les prend au sérieux, les extrémistes perdent leur meilleur argument.',
    () =>
      'Nous ne pouvons pas attendre les plans nationaux : les premiers à agir, ce sont nos écoles, nos clubs et nos quartiers.',
    (w) => `Chaque habitant ${frDe(w.city())} doit se sentir en sécurité et se sentir chez lui.`,
    () => 'La haine ne commence pas par la violence, mais par des mots que l’on choisit d’ignorer.',
    () => 'Notre rôle de maires est de rassembler les habitants avant que d’autres ne les divisent.',
    () => 'La confiance se construit lentement, réunion après réunion, et peut se perdre en un après-midi.',
  ],
  headings: {
    guide: [
      'Pourquoi agir',
      'Comprendre le problème',
      'Ce que peuvent faire les villes',
      'Construire des partenariats',
      'Mesurer les progrès',
    ],
    toolkit: [
      'À propos de cette boîte à outils',
      'Avant de commencer',
      'Utiliser les modules',
      'Adapter les outils à votre ville',
    ],
    'city-spotlight': [
      'Contexte',
      'Ce que fait la ville',
      'Les partenaires',
      'Premiers résultats',
      'Enseignements',
      'Prochaines étapes',
    ],
    'event-report': ['Contexte', 'Principaux échanges', 'La parole aux villes', 'Engagements', 'Suites à donner'],
  },
  subheadings: ['Le rôle du maire', 'Avec les associations', 'La dimension en ligne', 'Former les professionnels'],
  linkSentence: ['Pour en savoir plus, consultez le site suivant : ', '.'],
};

const arabic: LanguagePack = {
  words: {
    actors: [
      'رئيس البلدية',
      'المجلس البلدي',
      'فريق الوقاية في البلدية',
      'الشرطة المحلية',
      'العاملين مع الشباب',
      'قادة المجتمع المحلي',
      'مديري المدارس',
      'القادة الدينيين',
      'الأخصائيين الاجتماعيين',
      'منظمات المجتمع المدني',
    ],
    groups: [
      'الشباب',
      'الأسر القادمة حديثًا',
      'أولياء الأمور',
      'المعلمين',
      'العاملين الميدانيين',
      'سكان الأحياء الطرفية',
      'النساء والفتيات',
      'الطلاب',
      'كبار السن',
      'اللاجئين',
    ],
    issues: [
      'خطاب الكراهية',
      'التضليل الإعلامي',
      'الاستقطاب',
      'التطرف العنيف',
      'جرائم الكراهية',
      'التسرب المدرسي',
      'العزلة الاجتماعية',
      'التوترات بين المجتمعات المحلية',
      'انعدام الثقة في المؤسسات العامة',
    ],
    activities: [
      'إنشاء آلية إحالة تجمع عدة مصالح',
      'تدريب العاملين الميدانيين على رصد العلامات المبكرة',
      'تأسيس مجلس للشباب بميزانية خاصة',
      'تنظيم مهرجانات ثقافية في الساحات العامة',
      'رسم خريطة للمخاطر المحلية بمشاركة السكان',
      'إطلاق خط هاتفي لدعم الأسر',
      'إطلاق برنامج إرشاد للشباب',
      'جمع القادة الدينيين حول إعلان مشترك',
      'اعتماد استراتيجية محلية للوقاية',
      'تمويل مبادرات صغيرة للجمعيات',
      'العمل مع المدارس على التربية الإعلامية',
    ],
    outcomes: [
      'تعزيز الثقة بين السكان والبلدية',
      'تسريع إحالة الحالات إلى الخدمات المناسبة',
      'زيادة مشاركة الشباب في القرار المحلي',
      'تراجع حوادث الكراهية المبلّغ عنها',
      'حصول الجمعيات على تمويل طويل الأمد',
      'اعتماد المدن المجاورة للنموذج نفسه',
      'شعور السكان بمزيد من الأمان في الفضاءات العامة',
    ],
    principles: [
      'الدعم المبكر والطوعي بدلًا من الإجراءات الأمنية',
      'توزيع واضح للأدوار بين الشركاء',
      'تبادل المعلومات مع احترام الخصوصية',
      'تمويل مستدام من ميزانية البلدية',
      'الإصغاء إلى السكان قبل تصميم البرامج',
    ],
    lessons: [
      'الوقاية تنجح حين يقودها من هم أقرب إلى السكان',
      'على رؤساء البلديات أن يتكلموا مبكرًا حين تتصاعد التوترات',
      'البرامج تدوم أكثر حين تُدرج في ميزانية المدينة',
    ],
  },
  sentences: [
    (w) => `في عام ${w.year()}، قررت ${w.city()} ${w.activity()}.`,
    (w) => `ويهدف البرنامج إلى الوصول إلى ${w.group()} في وقت مبكر.`,
    (w) => `ويرى المسؤولون المحليون أن ${w.issue()} مشكلة محلية تتطلب حلولًا محلية.`,
    (w) => {
      const [a, b] = w.actors();
      return `ونُفّذ البرنامج بالتعاون مع ${a} و${b}.`;
    },
    (w) => `ومن أبرز النتائج بعد ${w.int(3, 10)} أشهر ${w.outcome()}.`,
    (w) => `ويقوم هذا النهج على ${w.principle()}.`,
    (w) => {
      const [a, b] = w.twoOthers();
      return `ولا تنفرد ${w.city()} بذلك، إذ تواجه ${a} و${b} تحديات مماثلة.`;
    },
    (w) => `ويستفيد من البرنامج اليوم نحو ${w.number()} شخص سنويًا.`,
    () => 'ويتولى فريق صغير في مكتب رئيس البلدية تنسيق العمل.',
    (w) => `وبدلًا من التعامل مع ${w.issue()} كمسألة أمنية فقط، اختارت المدينة ${w.activity()}.`,
    (w) => `وتبدو النتائج الأولى مشجعة، ولا سيما ${w.outcome()}.`,
    (w) => `وقد استفادت ${w.city()} من تجربة ${w.other()} لتجنب بعض الأخطاء في البداية.`,
    (w) => `وتعتزم البلدية توسيع البرنامج ليشمل أحياء أخرى بحلول عام ${w.year(2)}.`,
    (w) => `وأكد المشاركون أن ${w.lesson()}.`,
  ],
  quotes: [
    () => 'الوقاية تبدأ بالإصغاء: حين يرى الشباب أن المدينة تأخذهم على محمل الجد، يفقد المتطرفون أقوى حججهم.',
    () => 'لا يمكننا انتظار الخطط الوطنية، فالمدارس والنوادي والأحياء هي أول من يتصدى للكراهية.',
    (w) => `من حق كل ساكن في ${w.city()} أن يشعر بالأمان وبالانتماء.`,
    () => 'الكراهية لا تبدأ بالعنف، بل بكلمات نختار أن نتجاهلها.',
    () => 'دورنا كرؤساء بلديات أن نجمع الناس قبل أن يفرّقهم غيرنا.',
    () => 'الثقة تُبنى ببطء، اجتماعًا بعد اجتماع، وقد تضيع في لحظة.',
  ],
  headings: {
    guide: ['لماذا يهم هذا الموضوع', 'فهم المشكلة', 'ما الذي يمكن للمدن فعله', 'بناء الشراكات', 'قياس التقدم'],
    toolkit: ['عن مجموعة الأدوات', 'قبل البدء', 'كيفية استخدام الوحدات', 'تكييف الأدوات مع مدينتك'],
    'city-spotlight': [
      'السياق',
      'ما الذي قامت به المدينة',
      'الشركاء',
      'النتائج الأولى',
      'الدروس المستفادة',
      'الخطوات المقبلة',
    ],
    'event-report': ['السياق', 'أبرز النقاشات', 'كلمة المدن', 'الالتزامات', 'المتابعة'],
  },
  subheadings: ['دور رئيس البلدية', 'الشراكة مع المجتمع المدني', 'البعد الرقمي', 'تدريب العاملين الميدانيين'],
  linkSentence: ['لمزيد من المعلومات، يمكن زيارة موقع ', '.'],
};

const PACKS: Record<TextLocale, LanguagePack> = { en: english, fr: french, ar: arabic };

/** How long a body is: sections, paragraphs per section, sentences per paragraph (min, max). */
export interface BodyShape {
  sections: [number, number];
  paragraphs: [number, number];
  sentences: [number, number];
  /** Chance that a section has an h3 subsection. */
  subsection: number;
}

export const LONG_BODY: BodyShape = { sections: [3, 5], paragraphs: [1, 3], sentences: [3, 6], subsection: 0.5 };
export const SHORT_BODY: BodyShape = { sections: [2, 3], paragraphs: [1, 1], sentences: [2, 4], subsection: 0 };

const text = (value: string) => ({ type: 'text' as const, text: value });

/**
 * A body in Strapi blocks: an introduction, sections with h2 headings (sometimes an h3), paragraphs,
 * one list, one quote and, when `link` is given, one paragraph ending with a link.
 */
export const writeBody = (
  w: Writer,
  type: DocType,
  shape: BodyShape,
  link?: { label: string; url: string },
): Blocks => {
  const paragraph = () => ({ type: 'paragraph' as const, children: [text(w.paragraph(...shape.sentences))] });
  const blocks: Blocks = [paragraph()];
  const headings = w.headings(type, w.int(...shape.sections));
  const listAt = w.int(0, headings.length - 1);
  const quoteAt = w.int(0, headings.length - 1);
  headings.forEach((heading, index) => {
    blocks.push({ type: 'heading', level: 2, children: [text(heading)] });
    for (let n = w.int(...shape.paragraphs); n > 0; n -= 1) blocks.push(paragraph());
    if (w.rng.chance(shape.subsection))
      blocks.push({ type: 'heading', level: 3, children: [text(w.subheading())] }, paragraph());
    if (index === listAt)
      blocks.push({
        type: 'list',
        format: type === 'toolkit' || w.rng.chance(0.3) ? 'ordered' : 'unordered',
        children: w.listItems(w.int(3, 6)).map((item) => ({ type: 'list-item' as const, children: [text(item)] })),
      });
    if (index === quoteAt) blocks.push({ type: 'quote', children: [text(w.quote())] });
  });
  if (link) {
    const [before, after] = w.linkSentence;
    blocks.push({
      type: 'paragraph',
      children: [
        text(`${w.sentence()} ${before}`),
        { type: 'link', url: link.url, children: [text(link.label)] },
        text(after),
      ],
    });
  }
  return blocks;
};
