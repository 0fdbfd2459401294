/**
 * Themes, regions, cities and partners for the sample content. Cities, partners and themes come
 * from the Strong Cities Network documents in shared/seeds/ (000–004); names and descriptions are
 * our own wording, coordinates are approximate city centres.
 */
import type { CitySeed, HubSeed, PartnerSeed, RegionSeed, ThemeSeed } from './types.js';

/**
 * The network's thematic areas, as its briefing deck (seed 003) lists them, then its
 * long-standing topics.
 */
export const themes: ThemeSeed[] = [
  {
    key: 'global-crises',
    thematicArea: true,
    name: {
      en: 'Global crises, local impacts',
      fr: 'Crises mondiales, effets locaux',
      es: 'Crisis globales, impactos locales',
      ar: 'أزمات عالمية وتداعيات محلية',
    },
    description: {
      en: 'How crises that start far away, from wars to a worldwide rise in hate and extremism, play out in a city’s neighbourhoods, and what local leaders do about it.',
      fr: 'Comment des crises nées loin de la ville, des guerres à la montée mondiale de la haine et de l’extrémisme, se répercutent dans ses quartiers, et ce que font les responsables locaux.',
      es: 'Cómo las crisis que nacen lejos, de las guerras al aumento mundial del odio y el extremismo, repercuten en los barrios de una ciudad, y qué hacen los líderes locales.',
      ar: 'كيف تنعكس أزمات تنشأ بعيدًا، من الحروب إلى تصاعد الكراهية والتطرف في العالم، على أحياء المدينة، وما الذي يفعله القادة المحليون حيالها.',
    },
  },
  {
    key: 'elections',
    thematicArea: true,
    name: {
      en: 'Safeguarding social cohesion around elections',
      fr: 'Préserver la cohésion sociale en période électorale',
      es: 'Proteger la cohesión social en torno a las elecciones',
      ar: 'صون التماسك الاجتماعي في فترات الانتخابات',
    },
    description: {
      en: 'Keeping campaigns and polling days from dividing residents: what local governments can do before, during and after an election.',
      fr: 'Éviter que les campagnes et les scrutins ne divisent les habitants : ce que les collectivités peuvent faire avant, pendant et après une élection.',
      es: 'Evitar que las campañas y las jornadas electorales dividan a los vecinos: lo que pueden hacer los gobiernos locales antes, durante y después de unas elecciones.',
      ar: 'الحيلولة دون أن تفرّق الحملات وأيام الاقتراع بين السكان: ما تستطيع الحكومات المحلية فعله قبل الانتخابات وأثناءها وبعدها.',
    },
  },
  {
    key: 'violence-against-officials',
    thematicArea: true,
    name: {
      en: 'Addressing violence against elected officials',
      fr: 'Lutter contre les violences visant les élus',
      es: 'Hacer frente a la violencia contra cargos electos',
      ar: 'التصدي للعنف ضد المسؤولين المنتخبين',
    },
    description: {
      en: 'Hate, threats and attacks aimed at mayors, councillors and other officials, women leaders increasingly among them, and how cities respond.',
      fr: 'La haine, les menaces et les agressions visant les maires, les conseillers et les autres responsables, de plus en plus souvent des femmes, et la réponse des villes.',
      es: 'El odio, las amenazas y las agresiones contra alcaldes, concejales y otros cargos, cada vez más a menudo mujeres, y cómo responden las ciudades.',
      ar: 'الكراهية والتهديدات والاعتداءات التي تستهدف رؤساء البلديات وأعضاء المجالس وغيرهم من المسؤولين، والنساء منهم بشكل متزايد، وكيف تتصدى لها المدن.',
    },
  },
  {
    key: 'hate-speech',
    thematicArea: true,
    name: {
      en: 'Preventing and responding to hate speech',
      fr: 'Prévenir les discours de haine et y répondre',
      es: 'Prevenir el discurso de odio y responder a él',
      ar: 'الوقاية من خطاب الكراهية والتصدي له',
    },
    description: {
      en: 'How local governments spot, answer and limit hateful or misleading content before it divides communities or turns into violence.',
      fr: 'Comment les collectivités locales repèrent, contrent et limitent les contenus haineux ou trompeurs avant qu’ils ne divisent les habitants ou ne débouchent sur des violences.',
      es: 'Cómo los gobiernos locales detectan, contestan y limitan los contenidos de odio o engañosos antes de que dividan a la comunidad o deriven en violencia.',
      ar: 'كيف ترصد الحكومات المحلية المحتوى المحرّض على الكراهية أو المضلِّل وتتصدى له وتحدّ من انتشاره قبل أن يفرّق بين السكان أو يتحوّل إلى عنف.',
    },
  },
  {
    key: 'digital-safety',
    thematicArea: true,
    name: {
      en: 'Digital literacy and digital safety',
      fr: 'Éducation et sécurité numériques',
      es: 'Alfabetización y seguridad digitales',
      ar: 'الثقافة الرقمية والأمان الرقمي',
    },
    description: {
      en: 'Helping residents and officials recognise disinformation and harmful content online and stay safe there, and giving cities a say in how platforms deal with it.',
      fr: 'Aider habitants et responsables à reconnaître la désinformation et les contenus préjudiciables en ligne et à s’en protéger, et donner aux villes voix au chapitre face aux plateformes.',
      es: 'Ayudar a vecinos y responsables a reconocer la desinformación y los contenidos dañinos en línea y a protegerse, y dar a las ciudades voz ante las plataformas.',
      ar: 'مساعدة السكان والمسؤولين على تمييز التضليل والمحتوى الضار على الإنترنت وحماية أنفسهم منه، ومنح المدن صوتًا في طريقة تعامل المنصات معه.',
    },
  },
  {
    key: 'urban-planning',
    thematicArea: true,
    name: {
      en: 'Urban planning and social cohesion',
      fr: 'Urbanisme et cohésion sociale',
      es: 'Urbanismo y cohesión social',
      ar: 'التخطيط العمراني والتماسك الاجتماعي',
    },
    description: {
      en: 'Public spaces designed with residents so that they bring communities together and feel safe: an area of prevention cities have only begun to explore.',
      fr: 'Des espaces publics conçus avec les habitants pour rapprocher les communautés et inspirer confiance : un champ de la prévention que les villes commencent à peine à explorer.',
      es: 'Espacios públicos diseñados con los vecinos para que unan a las comunidades y se sientan seguros: un campo de la prevención que las ciudades apenas empiezan a explorar.',
      ar: 'فضاءات عامة تُصمَّم مع السكان لتجمع المجتمعات وتشعرهم بالأمان: مجال من مجالات الوقاية ما زالت المدن في بداية استكشافه.',
    },
  },
  {
    key: 'cross-border',
    thematicArea: true,
    name: {
      en: 'Cross-border city-to-city collaboration',
      fr: 'Coopération transfrontalière entre villes',
      es: 'Cooperación transfronteriza entre ciudades',
      ar: 'التعاون العابر للحدود بين المدن',
    },
    description: {
      en: 'Cities in different countries learning from and working with each other: regional dialogues, peer exchanges and joint projects.',
      fr: 'Des villes de pays différents qui apprennent les unes des autres et travaillent ensemble : dialogues régionaux, échanges entre pairs et projets communs.',
      es: 'Ciudades de distintos países que aprenden unas de otras y trabajan juntas: diálogos regionales, intercambios entre pares y proyectos conjuntos.',
      ar: 'مدن من بلدان مختلفة تتعلم بعضها من بعض وتعمل معًا: حوارات إقليمية وتبادل بين النظراء ومشاريع مشتركة.',
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
      es: 'Proteger lugares de culto, plazas, escuelas y otros espacios abiertos, y diseñar espacios públicos seguros y compartidos.',
      ar: 'حماية دور العبادة والساحات والمدارس وغيرها من الأماكن المفتوحة، وتصميم فضاءات عامة آمنة ومشتركة.',
    },
  },
  {
    key: 'rehabilitation-reintegration',
    name: {
      en: 'Returnees, rehabilitation and reintegration',
      fr: 'Retours, réhabilitation et réinsertion',
      es: 'Retornados, rehabilitación y reintegración',
      ar: 'العائدون وإعادة التأهيل وإعادة الإدماج',
    },
    description: {
      en: 'Local roles in bringing people back into the community, from returnees from conflict zones to young people who have committed minor offences.',
      fr: 'Le rôle des acteurs locaux pour réintégrer des personnes dans la communauté, qu’il s’agisse de personnes revenues de zones de conflit ou de jeunes auteurs de petits délits.',
      es: 'El papel local en la vuelta de personas a la comunidad, desde quienes regresan de zonas de conflicto hasta jóvenes que han cometido delitos menores.',
      ar: 'دور الجهات المحلية في إعادة الأشخاص إلى حضن المجتمع، من العائدين من مناطق النزاع إلى الشباب الذين ارتكبوا مخالفات بسيطة.',
    },
  },
  {
    key: 'migrant-inclusion',
    name: {
      en: 'Migrants and refugees',
      fr: 'Migrants et réfugiés',
      es: 'Personas migrantes y refugiadas',
      ar: 'المهاجرون واللاجئون',
    },
    description: {
      en: 'Helping newcomers find work, belong and take part, and easing the tensions that can build up around migration.',
      fr: 'Aider les nouveaux arrivants à trouver un emploi, à trouver leur place et à participer, et apaiser les tensions liées aux migrations.',
      es: 'Ayudar a quienes llegan a encontrar trabajo, sentirse parte y participar, y aliviar las tensiones que pueden surgir en torno a la migración.',
      ar: 'مساعدة القادمين الجدد على إيجاد عمل والشعور بالانتماء والمشاركة، وتخفيف التوترات التي قد تنشأ حول الهجرة.',
    },
  },
  {
    key: 'youth-engagement',
    name: { en: 'Youth', fr: 'Jeunesse', es: 'Juventud', ar: 'الشباب' },
    description: {
      en: 'Treating young residents as partners and future leaders: committees, consultations and programmes that give them a real say in city life.',
      fr: 'Considérer les jeunes comme des partenaires et de futurs responsables : comités, consultations et programmes qui leur donnent une vraie voix dans la vie de la ville.',
      es: 'Tratar a los jóvenes como socios y futuros líderes: comités, consultas y programas que les dan voz real en la vida de la ciudad.',
      ar: 'التعامل مع الشباب بوصفهم شركاء وقادة المستقبل، عبر لجان واستشارات وبرامج تمنحهم صوتًا حقيقيًا في شؤون المدينة.',
    },
  },
  {
    key: 'womens-leadership',
    name: {
      en: 'Women’s leadership',
      fr: 'Leadership des femmes',
      es: 'Liderazgo de las mujeres',
      ar: 'قيادة المرأة',
    },
    description: {
      en: 'Women mayors, governors and officials in prevention: their gendered approaches, and the Women’s Leadership Caucus the network’s steering committee endorsed in 2023.',
      fr: 'Les femmes maires, gouverneures et responsables dans la prévention : leurs approches attentives au genre et le caucus des femmes dirigeantes approuvé par le comité de pilotage du réseau en 2023.',
      es: 'Alcaldesas, gobernadoras y responsables locales en la prevención: sus enfoques de género y el caucus de mujeres líderes que el comité directivo de la red aprobó en 2023.',
      ar: 'رئيسات البلديات والمحافظات والمسؤولات في مجال الوقاية: مقارباتهن المراعية للنوع الاجتماعي، وتجمّع القيادات النسائية الذي أقرّته اللجنة التوجيهية للشبكة عام 2023.',
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
      es: 'Prevención liderada por las ciudades con toda la sociedad: generar confianza entre vecinos e instituciones y acercar a las comunidades por encima de lo que las divide.',
      ar: 'وقاية تقودها المدن بمشاركة المجتمع بأسره: بناء الثقة بين السكان والمؤسسات وتقريب المجتمعات المحلية بعضها من بعض.',
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
      es: 'Lo que alcaldes y gobernadores pueden hacer como rostro de su ciudad: marcar un tono inclusivo, condenar el odio y sostener la prevención.',
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
      es: 'Escuelas, docentes y servicios de salud mental como prevención cotidiana: menos violencia y abandono escolar, más apoyo para alumnado y personal.',
      ar: 'المدارس والمعلمون وخدمات الصحة النفسية أدوات يومية للوقاية: الحدّ من العنف والانقطاع المدرسي، ودعم التلاميذ والطواقم التربوية.',
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
      es: 'Conectar las ciudades con los gobiernos nacionales, la ONU y otros organismos multilaterales para que los marcos internacionales partan de la realidad local y le sirvan.',
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
    // The statement the network's EU-funded pages carry (seeds 001, 002), in the EU's own wording per language.
    acknowledgement: {
      en: 'Co-funded by the European Union',
      fr: 'Cofinancé par l’Union européenne',
      es: 'Cofinanciado por la Unión Europea',
      ar: 'بتمويل مشترك من الاتحاد الأوروبي',
    },
    logoHue: 225,
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
    logoHue: 355,
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
    logoHue: 210,
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
