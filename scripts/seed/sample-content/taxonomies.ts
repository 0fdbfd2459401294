/**
 * Themes, regions, cities and partners for the sample content. Cities, partners and themes come
 * from the Strong Cities Network documents in shared/seeds/ (000–004); names and descriptions are
 * our own wording, coordinates are approximate city centres.
 */
import type { CitySeed, HubSeed, PartnerSeed, RegionSeed, ThemeSeed } from './types.js';

export const themes: ThemeSeed[] = [
  {
    key: 'hate-speech',
    name: {
      en: 'Hate speech and disinformation',
      fr: 'Discours de haine et désinformation',
      es: 'Discurso de odio y desinformación',
      ar: 'خطاب الكراهية والتضليل',
    },
    description: {
      en: 'How local governments spot, answer and limit hateful or misleading content before it divides communities or turns into violence.',
      fr: 'Comment les collectivités locales repèrent, contrent et limitent les contenus haineux ou trompeurs avant qu’ils ne divisent les habitants ou ne débouchent sur des violences.',
      ar: 'كيف ترصد الحكومات المحلية المحتوى المحرّض على الكراهية أو المضلِّل وتتصدى له وتحدّ من انتشاره قبل أن يفرّق بين السكان أو يتحوّل إلى عنف.',
    },
  },
  {
    key: 'youth-engagement',
    name: {
      en: 'Youth engagement',
      fr: 'Engagement des jeunes',
      es: 'Participación juvenil',
      ar: 'إشراك الشباب',
    },
    description: {
      en: 'Treating young residents as partners and future leaders: committees, consultations and programmes that give them a real say in city life.',
      fr: 'Considérer les jeunes comme des partenaires et de futurs responsables : comités, consultations et programmes qui leur donnent une vraie voix dans la vie de la ville.',
      ar: 'التعامل مع الشباب بوصفهم شركاء وقادة المستقبل، عبر لجان واستشارات وبرامج تمنحهم صوتًا حقيقيًا في شؤون المدينة.',
    },
  },
  {
    key: 'social-cohesion',
    name: {
      en: 'Prevention and social cohesion',
      fr: 'Prévention et cohésion sociale',
      es: 'Prevención y cohesión social',
      ar: 'الوقاية والتماسك الاجتماعي',
    },
    description: {
      en: 'Whole-of-society prevention led by cities: building trust between residents and institutions and bringing communities together across dividing lines.',
      fr: 'Une prévention portée par les villes et associant toute la société : renforcer la confiance entre habitants et institutions et rapprocher les communautés.',
      ar: 'وقاية تقودها المدن بمشاركة المجتمع بأسره: بناء الثقة بين السكان والمؤسسات وتقريب المجتمعات المحلية بعضها من بعض.',
    },
  },
  {
    key: 'migrant-inclusion',
    name: {
      en: 'Migrant and refugee inclusion',
      fr: 'Inclusion des migrants et des réfugiés',
      es: 'Inclusión de personas migrantes y refugiadas',
      ar: 'إدماج المهاجرين واللاجئين',
    },
    description: {
      en: 'Helping newcomers find work, belong and take part, and easing the tensions that can build up around migration.',
      fr: 'Aider les nouveaux arrivants à trouver un emploi, à trouver leur place et à participer, et apaiser les tensions liées aux migrations.',
      ar: 'مساعدة القادمين الجدد على إيجاد عمل والشعور بالانتماء والمشاركة، وتخفيف التوترات التي قد تنشأ حول الهجرة.',
    },
  },
  {
    key: 'soft-targets',
    name: {
      en: 'Soft targets and public spaces',
      fr: 'Cibles vulnérables et espaces publics',
      es: 'Objetivos vulnerables y espacios públicos',
      ar: 'الأهداف السهلة والفضاءات العامة',
    },
    description: {
      en: 'Protecting places of worship, squares, schools and other open venues, and designing public spaces that feel safe and shared.',
      fr: 'Protéger les lieux de culte, les places, les écoles et les autres lieux ouverts, et concevoir des espaces publics sûrs et partagés.',
      ar: 'حماية دور العبادة والساحات والمدارس وغيرها من الأماكن المفتوحة، وتصميم فضاءات عامة آمنة ومشتركة.',
    },
  },
  {
    key: 'mayoral-leadership',
    name: {
      en: 'Mayoral leadership',
      fr: 'Leadership des maires',
      es: 'Liderazgo de alcaldes y alcaldesas',
      ar: 'قيادة رؤساء البلديات',
    },
    description: {
      en: 'What mayors and governors can do as the public face of their city: setting an inclusive tone, condemning hate and keeping prevention going.',
      fr: 'Ce que les maires et gouverneurs peuvent faire en tant que visage de leur ville : donner un ton inclusif, condamner la haine et inscrire la prévention dans la durée.',
      ar: 'ما يستطيع رؤساء البلديات والمحافظون فعله بصفتهم واجهة مدنهم: ترسيخ خطاب جامع، وإدانة الكراهية، وضمان استمرارية جهود الوقاية.',
    },
  },
  {
    key: 'education-wellbeing',
    name: {
      en: 'Education and psychosocial support',
      fr: 'Éducation et soutien psychosocial',
      es: 'Educación y apoyo psicosocial',
      ar: 'التعليم والدعم النفسي والاجتماعي',
    },
    description: {
      en: 'Schools, teachers and mental-health services as everyday prevention: less violence and dropout, more support for pupils and staff.',
      fr: 'L’école, les enseignants et les services de santé mentale comme outils de prévention au quotidien : moins de violence et de décrochage, plus de soutien aux élèves et au personnel.',
      ar: 'المدارس والمعلمون وخدمات الصحة النفسية أدوات يومية للوقاية: الحدّ من العنف والانقطاع المدرسي، ودعم التلاميذ والطواقم التربوية.',
    },
  },
  {
    key: 'rehabilitation-reintegration',
    name: {
      en: 'Rehabilitation and reintegration',
      fr: 'Réhabilitation et réinsertion',
      es: 'Rehabilitación y reintegración',
      ar: 'إعادة التأهيل وإعادة الإدماج',
    },
    description: {
      en: 'Local roles in bringing people back into the community, from returnees from conflict zones to young people who have committed minor offences.',
      fr: 'Le rôle des acteurs locaux pour réintégrer des personnes dans la communauté, qu’il s’agisse de personnes revenues de zones de conflit ou de jeunes auteurs de petits délits.',
      ar: 'دور الجهات المحلية في إعادة الأشخاص إلى حضن المجتمع، من العائدين من مناطق النزاع إلى الشباب الذين ارتكبوا مخالفات بسيطة.',
    },
  },
  {
    key: 'global-local-cooperation',
    name: {
      en: 'Global-local cooperation',
      fr: 'Coopération entre échelons mondial et local',
      es: 'Cooperación global-local',
      ar: 'التعاون بين المستويين العالمي والمحلي',
    },
    description: {
      en: 'Linking cities with national governments, the UN and other multilateral bodies so that frameworks are shaped by, and work for, local realities.',
      fr: 'Relier les villes aux gouvernements nationaux, à l’ONU et aux autres instances multilatérales pour que les cadres internationaux tiennent compte des réalités locales.',
      ar: 'ربط المدن بالحكومات الوطنية والأمم المتحدة وسائر الهيئات متعددة الأطراف، كي تراعي الأطر الدولية الواقع المحلي وتخدمه.',
    },
  },
];

export const regions: RegionSeed[] = [
  { key: 'africa', name: { en: 'Africa', fr: 'Afrique', es: 'África', ar: 'أفريقيا' } },
  { key: 'europe', name: { en: 'Europe', fr: 'Europe', es: 'Europa', ar: 'أوروبا' } },
  {
    key: 'mena',
    name: {
      en: 'Middle East and North Africa',
      fr: 'Moyen-Orient et Afrique du Nord',
      es: 'Oriente Medio y Norte de África',
      ar: 'الشرق الأوسط وشمال أفريقيا',
    },
  },
  {
    key: 'north-america',
    name: { en: 'North America', fr: 'Amérique du Nord', es: 'América del Norte', ar: 'أمريكا الشمالية' },
  },
  {
    key: 'asia-pacific',
    name: { en: 'Asia-Pacific', fr: 'Asie-Pacifique', es: 'Asia-Pacífico', ar: 'آسيا والمحيط الهادئ' },
  },
  {
    key: 'latin-america-caribbean',
    name: {
      en: 'Latin America and the Caribbean',
      fr: 'Amérique latine et Caraïbes',
      es: 'América Latina y el Caribe',
      ar: 'أمريكا اللاتينية والكاريبي',
    },
  },
];

const unitedStates = { en: 'United States', fr: 'États-Unis', es: 'Estados Unidos', ar: 'الولايات المتحدة' };
const canada = { en: 'Canada', fr: 'Canada', es: 'Canadá', ar: 'كندا' };
const uganda = { en: 'Uganda', fr: 'Ouganda', es: 'Uganda', ar: 'أوغندا' };

export const cities: CitySeed[] = [
  {
    key: 'new-york',
    name: { en: 'New York City', fr: 'New York', es: 'Nueva York', ar: 'نيويورك' },
    country: unitedStates,
    countryCode: 'US',
    region: 'north-america',
    latitude: 40.7128,
    longitude: -74.006,
  },
  {
    key: 'newark',
    name: { en: 'Newark', fr: 'Newark', es: 'Newark', ar: 'نيوارك' },
    country: unitedStates,
    countryCode: 'US',
    region: 'north-america',
    latitude: 40.7357,
    longitude: -74.1724,
  },
  {
    key: 'pittsburgh',
    name: { en: 'Pittsburgh', fr: 'Pittsburgh', es: 'Pittsburgh', ar: 'بيتسبرغ' },
    country: unitedStates,
    countryCode: 'US',
    region: 'north-america',
    latitude: 40.4406,
    longitude: -79.9959,
  },
  {
    key: 'athens-ohio',
    name: { en: 'Athens, Ohio', fr: 'Athens (Ohio)', es: 'Athens (Ohio)', ar: 'أثينز (أوهايو)' },
    country: unitedStates,
    countryCode: 'US',
    region: 'north-america',
    latitude: 39.3292,
    longitude: -82.1013,
  },
  {
    key: 'edmonton',
    name: { en: 'Edmonton', fr: 'Edmonton', es: 'Edmonton', ar: 'إدمونتون' },
    country: canada,
    countryCode: 'CA',
    region: 'north-america',
    latitude: 53.5461,
    longitude: -113.4938,
  },
  {
    key: 'montreal',
    name: { en: 'Montreal', fr: 'Montréal', es: 'Montreal', ar: 'مونتريال' },
    country: canada,
    countryCode: 'CA',
    region: 'north-america',
    latitude: 45.5019,
    longitude: -73.5674,
  },
  {
    key: 'london',
    name: { en: 'London', fr: 'Londres', es: 'Londres', ar: 'لندن' },
    country: { en: 'United Kingdom', fr: 'Royaume-Uni', es: 'Reino Unido', ar: 'المملكة المتحدة' },
    countryCode: 'GB',
    region: 'europe',
    latitude: 51.5072,
    longitude: -0.1276,
  },
  {
    key: 'the-hague',
    name: { en: 'The Hague', fr: 'La Haye', es: 'La Haya', ar: 'لاهاي' },
    country: { en: 'Netherlands', fr: 'Pays-Bas', es: 'Países Bajos', ar: 'هولندا' },
    countryCode: 'NL',
    region: 'europe',
    latitude: 52.0705,
    longitude: 4.3007,
  },
  {
    key: 'wroclaw',
    name: { en: 'Wrocław', fr: 'Wrocław', es: 'Breslavia', ar: 'فروتسواف' },
    country: { en: 'Poland', fr: 'Pologne', es: 'Polonia', ar: 'بولندا' },
    countryCode: 'PL',
    region: 'europe',
    latitude: 51.1079,
    longitude: 17.0385,
  },
  {
    key: 'elbasan',
    name: { en: 'Elbasan', fr: 'Elbasan', es: 'Elbasan', ar: 'إلباسان' },
    country: { en: 'Albania', fr: 'Albanie', es: 'Albania', ar: 'ألبانيا' },
    countryCode: 'AL',
    region: 'europe',
    latitude: 41.1125,
    longitude: 20.0822,
  },
  {
    key: 'oslo',
    name: { en: 'Oslo', fr: 'Oslo', es: 'Oslo', ar: 'أوسلو' },
    country: { en: 'Norway', fr: 'Norvège', es: 'Noruega', ar: 'النرويج' },
    countryCode: 'NO',
    region: 'europe',
    latitude: 59.9139,
    longitude: 10.7522,
  },
  {
    key: 'sousse',
    name: { en: 'Sousse', fr: 'Sousse', es: 'Susa', ar: 'سوسة' },
    country: { en: 'Tunisia', fr: 'Tunisie', es: 'Túnez', ar: 'تونس' },
    countryCode: 'TN',
    region: 'mena',
    latitude: 35.8256,
    longitude: 10.636,
  },
  {
    key: 'rabat',
    name: { en: 'Rabat', fr: 'Rabat', es: 'Rabat', ar: 'الرباط' },
    country: { en: 'Morocco', fr: 'Maroc', es: 'Marruecos', ar: 'المغرب' },
    countryCode: 'MA',
    region: 'mena',
    latitude: 34.0209,
    longitude: -6.8416,
  },
  {
    key: 'cape-town',
    name: { en: 'Cape Town', fr: 'Le Cap', es: 'Ciudad del Cabo', ar: 'كيب تاون' },
    country: { en: 'South Africa', fr: 'Afrique du Sud', es: 'Sudáfrica', ar: 'جنوب أفريقيا' },
    countryCode: 'ZA',
    region: 'africa',
    latitude: -33.9249,
    longitude: 18.4241,
  },
  {
    key: 'nansana',
    name: { en: 'Nansana', fr: 'Nansana', es: 'Nansana', ar: 'نانسانا' },
    country: uganda,
    countryCode: 'UG',
    region: 'africa',
    latitude: 0.3639,
    longitude: 32.5286,
  },
  {
    key: 'masaka',
    name: { en: 'Masaka', fr: 'Masaka', es: 'Masaka', ar: 'ماساكا' },
    country: uganda,
    countryCode: 'UG',
    region: 'africa',
    latitude: -0.3338,
    longitude: 31.7346,
  },
  {
    key: 'zomba',
    name: { en: 'Zomba', fr: 'Zomba', es: 'Zomba', ar: 'زومبا' },
    country: { en: 'Malawi', fr: 'Malawi', es: 'Malaui', ar: 'مالاوي' },
    countryCode: 'MW',
    region: 'africa',
    latitude: -15.386,
    longitude: 35.3188,
  },
  {
    key: 'narayanganj',
    name: { en: 'Narayanganj', fr: 'Narayanganj', es: 'Narayanganj', ar: 'نارايانغانج' },
    country: { en: 'Bangladesh', fr: 'Bangladesh', es: 'Bangladés', ar: 'بنغلاديش' },
    countryCode: 'BD',
    region: 'asia-pacific',
    latitude: 23.6238,
    longitude: 90.5,
  },
];

export const partners: PartnerSeed[] = [
  {
    key: 'strong-cities-network',
    name: {
      en: 'Strong Cities Network',
      fr: 'Strong Cities Network',
      es: 'Strong Cities Network',
      ar: 'شبكة المدن القوية',
    },
    website: 'https://strongcitiesnetwork.org',
  },
  {
    key: 'isd',
    name: {
      en: 'Institute for Strategic Dialogue',
      fr: 'Institut pour le dialogue stratégique',
      es: 'Instituto para el Diálogo Estratégico',
      ar: 'معهد الحوار الاستراتيجي',
    },
    website: 'https://www.isdglobal.org',
  },
  {
    key: 'european-union',
    name: { en: 'European Union', fr: 'Union européenne', es: 'Unión Europea', ar: 'الاتحاد الأوروبي' },
    website: 'https://european-union.europa.eu',
  },
  {
    key: 'denmark-mfa',
    name: {
      en: 'Ministry of Foreign Affairs of Denmark',
      fr: 'Ministère des Affaires étrangères du Danemark',
      es: 'Ministerio de Asuntos Exteriores de Dinamarca',
      ar: 'وزارة الخارجية الدنماركية',
    },
    website: 'https://um.dk',
  },
  {
    key: 'us-state-department',
    name: {
      en: 'U.S. Department of State',
      fr: 'Département d’État des États-Unis',
      es: 'Departamento de Estado de los Estados Unidos',
      ar: 'وزارة الخارجية الأمريكية',
    },
    website: 'https://www.state.gov',
  },
  {
    key: 'uncted',
    name: {
      en: 'UN Counter-Terrorism Committee Executive Directorate (CTED)',
      fr: 'Direction exécutive du Comité contre le terrorisme des Nations Unies',
      es: 'Dirección Ejecutiva del Comité contra el Terrorismo de las Naciones Unidas',
      ar: 'المديرية التنفيذية للجنة مكافحة الإرهاب التابعة للأمم المتحدة',
    },
    website: 'https://www.un.org/securitycouncil/ctc/',
  },
  {
    key: 'unoct',
    name: {
      en: 'UN Office of Counter-Terrorism (UNOCT)',
      fr: 'Bureau de lutte contre le terrorisme des Nations Unies',
      es: 'Oficina de Lucha contra el Terrorismo de las Naciones Unidas',
      ar: 'مكتب الأمم المتحدة لمكافحة الإرهاب',
    },
    website: 'https://www.un.org/counterterrorism/',
  },
  {
    key: 'unosapg',
    name: {
      en: 'UN Office of the Special Adviser on the Prevention of Genocide',
      fr: 'Bureau du Conseiller spécial des Nations Unies pour la prévention du génocide',
      es: 'Oficina del Asesor Especial de las Naciones Unidas para la Prevención del Genocidio',
      ar: 'مكتب المستشار الخاص للأمم المتحدة المعني بمنع الإبادة الجماعية',
    },
  },
  {
    key: 'gctf',
    name: {
      en: 'Global Counterterrorism Forum (GCTF)',
      fr: 'Forum mondial de lutte contre le terrorisme',
      es: 'Foro Global contra el Terrorismo',
      ar: 'المنتدى العالمي لمكافحة الإرهاب',
    },
    website: 'https://www.thegctf.org',
  },
  {
    key: 'columbia-sipa',
    name: {
      en: 'Columbia University School of International and Public Affairs (SIPA)',
      fr: 'École des affaires internationales et publiques de l’Université Columbia',
      es: 'Escuela de Asuntos Internacionales y Públicos de la Universidad de Columbia',
      ar: 'كلية الشؤون الدولية والعامة بجامعة كولومبيا',
    },
    website: 'https://www.sipa.columbia.edu',
  },
  {
    key: 'nyu-cga',
    name: {
      en: 'NYU Center for Global Affairs',
      fr: 'Centre des affaires mondiales de l’Université de New York',
      es: 'Centro de Asuntos Globales de la Universidad de Nueva York',
      ar: 'مركز الشؤون العالمية بجامعة نيويورك',
    },
  },
  {
    key: 'nyc-mayors-office',
    name: {
      en: 'Office of the Mayor of New York City',
      fr: 'Cabinet du maire de New York',
      es: 'Oficina del Alcalde de Nueva York',
      ar: 'مكتب عمدة مدينة نيويورك',
    },
  },
  {
    key: 'nyc-ophc',
    name: {
      en: 'NYC Mayor’s Office for the Prevention of Hate Crimes',
      fr: 'Bureau du maire de New York pour la prévention des crimes de haine',
      es: 'Oficina de la Alcaldía de Nueva York para la Prevención de Delitos de Odio',
      ar: 'مكتب عمدة نيويورك لمنع جرائم الكراهية',
    },
  },
  {
    key: 'carter-center',
    name: { en: 'The Carter Center', fr: 'Centre Carter', es: 'Centro Carter', ar: 'مركز كارتر' },
    website: 'https://www.cartercenter.org',
  },
  {
    key: 'peace-in-our-cities',
    name: {
      en: 'Peace in Our Cities',
      fr: 'Peace in Our Cities',
      es: 'Peace in Our Cities',
      ar: 'مبادرة السلام في مدننا',
    },
  },
  {
    key: 'pittsburgh-theological-seminary',
    name: {
      en: 'Pittsburgh Theological Seminary',
      fr: 'Séminaire théologique de Pittsburgh',
      es: 'Seminario Teológico de Pittsburgh',
      ar: 'معهد بيتسبرغ اللاهوتي',
    },
  },
  {
    key: 'saps',
    name: {
      en: 'South African Police Service',
      fr: 'Service de police sud-africain',
      es: 'Servicio de Policía de Sudáfrica',
      ar: 'جهاز الشرطة في جنوب أفريقيا',
    },
    website: 'https://www.saps.gov.za',
  },
];

/** The seeds name one hub, its head and address (002: the MENA dialogue's summary). */
export const hubs: HubSeed[] = [
  {
    key: 'mena-hub',
    name: {
      en: 'MENA Regional Hub',
      fr: 'Antenne régionale MENA',
      es: 'Centro Regional MENA',
      ar: 'المركز الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا',
    },
    region: 'mena',
    description: {
      en: 'The network’s hub for the Middle East and North Africa. In September 2023 it hosted, with UNCTED, an informal dialogue with mayors and city officials from Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia.',
      fr: 'L’antenne du réseau pour le Moyen-Orient et l’Afrique du Nord. En septembre 2023, elle a accueilli avec l’UNCTED un dialogue informel avec des maires et responsables municipaux d’Irak, de Jordanie, du Liban, de Libye, du Maroc et de Tunisie.',
      es: 'El centro de la red para Oriente Medio y el Norte de África. En septiembre de 2023 organizó, junto con UNCTED, un diálogo informal con alcaldes y funcionarios municipales de Irak, Jordania, Líbano, Libia, Marruecos y Túnez.',
      ar: 'مركز الشبكة لمنطقة الشرق الأوسط وشمال أفريقيا. في سبتمبر 2023 استضاف، مع المديرية التنفيذية للجنة مكافحة الإرهاب، حوارًا غير رسمي مع رؤساء بلديات ومسؤولين محليين من العراق والأردن ولبنان وليبيا والمغرب وتونس.',
    },
    contact: {
      name: 'Zouhair Racheha',
      role: {
        en: 'Head of MENA Regional Hub',
        fr: 'Responsable de l’antenne régionale MENA',
        es: 'Director del Centro Regional MENA',
        ar: 'رئيس المركز الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا',
      },
      email: 'zra@strongcitiesnetwork.org',
    },
  },
];
