/**
 * Event reports. Facts from shared/seeds/001 (Fourth Global Summit report and its events),
 * 000 (soft-targets workshop), 002 (MENA dialogue with UNCTED) and 004 (2015 launch press
 * release); all wording is ours.
 */
import type { DocSeed } from './types.js';

const summitKey = 'summit-2023';

const summitSession = { venueCity: 'new-york', parentEvent: summitKey };

const summit: DocSeed = {
  type: 'event-report',
  key: summitKey,
  status: 'published',
  sample: true,
  publicationDate: '2023-11-20',
  themes: ['global-crises', 'mayoral-leadership', 'womens-leadership', 'urban-planning', 'digital-safety'],
  audiences: ['mayors', 'officials', 'national'],
  regions: ['north-america'],
  cities: ['new-york', 'rabat', 'london', 'newark', 'masaka', 'pittsburgh', 'the-hague', 'edmonton'],
  partners: {
    funder: ['european-union', 'denmark-mfa', 'us-state-department'],
    'co-organiser': ['strong-cities-network'],
    partner: [
      'nyc-mayors-office',
      'nyc-ophc',
      'columbia-sipa',
      'nyu-cga',
      'uncted',
      'unoct',
      'unosapg',
      'gctf',
      'carter-center',
      'peace-in-our-cities',
    ],
  },
  related: ['guide-for-mayors', 'guide-for-cities', 'toolkit-national-local-cooperation'],
  cover: { hue: 212, label: 'New York 2023' },
  eventReport: {
    startDate: '2023-09-19',
    endDate: '2023-09-21',
    venueCity: 'new-york',
  },
  attachments: [
    {
      key: 'summit-2023-report-en',
      title: 'Fourth Global Summit – Full Event Report',
      language: 'en',
      pages: [
        [
          '## Overview',
          'From 19 to 21 September 2023 the Strong Cities Network brought its Fourth Global Summit to New York City. The dates were chosen to overlap with the start of the UN General Assembly’s 78th session, so that city leaders would be gathered in the same place and week as the heads of state discussing rising hate and extremism.',
          'More than 240 people took part, representing over 115 cities in more than 50 countries. Among them were upwards of 80 mayors and governors and more than 100 local government practitioners; national ministries, UN entities and other multilateral organisations also sent representatives.',
          'Across three days the programme offered 11 events, delivered with ten partners. Plenaries focused on mayoral leadership and city-led innovation; smaller workshops went deep on specific problems, from online and offline hate speech to bringing people back from conflict zones into their communities.',
          '## Key takeaways',
          'Participants showed the many ways in which local governments already act: funding community programmes that reach residents who have long been left out, getting city agencies and civil society to identify and address the grievances extremists exploit, and publicly condemning hate whoever it targets.',
        ],
        [
          '## Programme of events',
          'Day one opened with Widening the Lens, a full-day event with Columbia University’s School of International and Public Affairs on what prevention can learn from climate action, data, technology and urban development. London Mayor Sadiq Khan spoke on disinformation and Newark Mayor Ras Baraka on community-owned public safety. In parallel, mayors from the Middle East and North Africa held an informal dialogue with UNCTED.',
          'Day two saw the first meeting of the revitalised International Steering Committee, co-chaired by the mayors of Rabat and The Hague, along with a workshop on returnees from conflict zones, a roundtable on hate speech with UNOCT and UNOSAPG, a Transatlantic Dialogue Initiative working lunch, a dialogue with the Global Counterterrorism Forum and a coordination meeting of peace and security city networks with The Carter Center and Peace in Our Cities.',
          'On day three, New York City Mayor Eric Adams hosted more than 150 mayors, governors and local leaders at Gracie Mansion, where he and Rabat Mayor Asmaa Rhlalou signed the New York City Mayoral Declaration. The day continued with a workshop on protecting soft targets, organised with UNCTED and NYU’s Center for Global Affairs, and closed with an exchange on whole-of-city prevention models with New York City’s Office for the Prevention of Hate Crimes.',
        ],
        [
          '## Next steps',
          'Strong Cities will set up a Women’s Leadership Caucus, work with UNOSAPG and UNOCT on a city-focused action plan against hate speech, and help mayors take part in global discussions on harmful online content with groups such as the Christchurch Call Community and GIFCT.',
          'The network will also look at urban planning as a lever for social cohesion with partners such as UN-Habitat, support cities in applying the new Guide for Mayors, Guide for Cities and National-Local Cooperation Toolkit through its Expert Pool, and keep adding short city spotlights to the Resource Hub.',
          'Finally, Strong Cities will create more opportunities for cities to talk directly to multilateral bodies, pilot a joint project with other city networks on gender-based violence, and keep bringing local leaders together at national, regional and global level.',
          'The Summit was funded by the European Union, the Danish Ministry of Foreign Affairs and the U.S. Department of State.',
        ],
      ],
    },
    {
      key: 'summit-2023-synthese-fr',
      title: 'Quatrième Sommet mondial – Synthèse',
      language: 'fr',
      pages: [
        [
          '## Le Sommet en bref',
          'Du 19 au 21 septembre 2023, le Strong Cities Network a réuni à New York plus de 240 participants issus de plus de 115 villes et de plus de 50 pays, dont plus de 80 maires et gouverneurs. Le Sommet s’est tenu pendant la semaine d’ouverture de la 78e session de l’Assemblée générale des Nations Unies.',
          'Onze événements, organisés avec dix partenaires, ont permis de présenter des initiatives locales de prévention de la haine, de l’extrémisme et de la polarisation, qu’il s’agisse de programmes communautaires, de coordination entre services municipaux et société civile ou de prises de position publiques des maires.',
          'Temps fort de la dernière journée, la Déclaration des maires de New York a été signée à Gracie Mansion par Eric Adams, maire de New York, et Asmaa Rhlalou, maire de Rabat. Elle comptait déjà 108 signataires et reste ouverte à de nouvelles adhésions.',
        ],
        [
          '## Suites données',
          'Le réseau va créer un caucus des femmes dirigeantes, élaborer avec l’UNOSAPG et l’UNOCT un plan d’action sur les discours de haine destiné aux villes et porter la voix des maires dans les discussions mondiales sur les contenus préjudiciables en ligne.',
          'Il accompagnera aussi les villes dans l’utilisation du Guide à l’intention des maires, du Guide à l’intention des villes et de la boîte à outils sur la coopération entre échelons national et local, lancés lors du Sommet, et continuera d’enrichir le Resource Hub de fiches consacrées aux pratiques municipales.',
        ],
      ],
    },
  ],
  locales: {
    en: {
      title: 'Fourth Global Summit: Event Report',
      summary:
        'Over three days in New York, more than 240 participants from 115+ cities in 50+ countries met for 11 events on city-led prevention of hate, extremism and polarisation. This report sums up the discussions and the priorities Strong Cities will take forward.',
      coverAlt: 'Cover of the Fourth Global Summit event report',
      body: [
        '## Overview',
        'From 19 to 21 September 2023, New York City hosted the Strong Cities Network’s Fourth Global Summit, in the same week that the UN General Assembly opened its 78th session. While national leaders debated global crises, more than 80 mayors and governors and over 100 local government practitioners gathered to show what cities are already doing against hate and extremism.',
        'The programme combined plenary sessions on mayoral leadership and city-led innovation with smaller thematic workshops on issues such as hate speech and the return of people from conflict zones. Ten partners helped deliver the events, and the Summit was funded by the European Union, the Danish Ministry of Foreign Affairs and the U.S. Department of State.',
        '## The New York City Mayoral Declaration',
        'At the closing Mayoral Meeting at Gracie Mansion, New York City Mayor Eric Adams and Rabat Mayor Asmaa Rhlalou signed a declaration listing practical commitments local leaders can make to counter hate, extremism and polarisation while upholding human rights. By the day of the signing, 108 mayors had endorsed it, and it remains open to new signatories.',
        '## Priorities for the year ahead',
        '- Set up a Women’s Leadership Caucus for women mayors, governors and officials, who are increasingly targeted by hate and threats.',
        '- Co-develop a city-focused action plan on hate speech with UNOSAPG and UNOCT, in consultation with member cities.',
        '- Give mayors a voice in global discussions with tech companies on harmful online content, for example through the Christchurch Call Community and GIFCT.',
        '- Explore urban planning as a tool for social cohesion, working with experts such as UN-Habitat.',
        '- Help cities apply the newly launched guides and toolkit, and grow the Resource Hub with short city spotlights.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Participants', value: '240+' },
          { label: 'Cities represented', value: '115+' },
          { label: 'Countries', value: '50+' },
          { label: 'Mayors and governors', value: '80+' },
          { label: 'Local government practitioners', value: '100+' },
          { label: 'Events', value: '11' },
          { label: 'Partners', value: '10' },
        ],
        outcomes: [
          'New York City Mayoral Declaration signed by Mayors Eric Adams and Asmaa Rhlalou, with 108 endorsements on the day',
          'Launch of A Guide for Mayors, A Guide for Cities and the National-Local Cooperation Toolkit',
          'Three-year strategy endorsed by the revitalised International Steering Committee',
          'Commitment to a city-focused hate speech action plan with UNOSAPG and UNOCT',
          'New North America stream announced with the Pittsburgh Theological Seminary',
        ],
      },
    },
    fr: {
      title: 'Quatrième Sommet mondial : rapport de l’événement',
      summary:
        'Pendant trois jours à New York, plus de 240 participants venus de plus de 115 villes et 50 pays ont pris part à 11 événements sur la prévention de la haine, de l’extrémisme et de la polarisation par les villes. Ce rapport résume les échanges et les priorités retenues.',
      coverAlt: 'Couverture du rapport du quatrième Sommet mondial',
      body: [
        '## Vue d’ensemble',
        'Le Strong Cities Network a tenu son quatrième Sommet mondial à New York du 19 au 21 septembre 2023, pendant la semaine d’ouverture de la 78e session de l’Assemblée générale des Nations Unies. Tandis que les dirigeants nationaux débattaient des crises mondiales, plus de 80 maires et gouverneurs et plus de 100 praticiens des collectivités locales se sont réunis pour montrer ce que les villes font déjà face à la haine et à l’extrémisme.',
        'Le programme alliait des séances plénières sur le leadership des maires et l’innovation locale à des ateliers thématiques plus restreints, consacrés par exemple aux discours de haine ou au retour de personnes ayant séjourné dans des zones de conflit. Dix partenaires ont contribué à l’organisation, et le Sommet a été financé par l’Union européenne, le ministère danois des Affaires étrangères et le Département d’État des États-Unis.',
        '## La Déclaration des maires de New York',
        'Lors de la réunion des maires organisée à Gracie Mansion en clôture du Sommet, le maire de New York, Eric Adams, et la maire de Rabat, Asmaa Rhlalou, ont signé une déclaration qui énumère des engagements concrets que les élus locaux peuvent prendre contre la haine, l’extrémisme et la polarisation, dans le respect des droits humains. Le jour de la signature, 108 maires l’avaient déjà approuvée ; elle reste ouverte à de nouvelles adhésions.',
        '## Priorités pour l’année à venir',
        '- Créer un caucus des femmes dirigeantes pour les maires, gouverneures et responsables locales, de plus en plus souvent visées par la haine et les menaces.',
        '- Élaborer avec l’UNOSAPG et l’UNOCT un plan d’action sur les discours de haine pensé pour les villes, en concertation avec les villes membres.',
        '- Faire entendre la voix des maires dans les discussions mondiales avec les entreprises technologiques sur les contenus préjudiciables en ligne, notamment au sein de la communauté de l’Appel de Christchurch et du GIFCT.',
        '- Explorer l’urbanisme comme levier de cohésion sociale, avec des experts comme ONU-Habitat.',
        '- Aider les villes à s’approprier les nouveaux guides et la boîte à outils, et enrichir le Resource Hub de courtes fiches sur les pratiques des villes.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Participants', value: '240+' },
          { label: 'Villes représentées', value: '115+' },
          { label: 'Pays', value: '50+' },
          { label: 'Maires et gouverneurs', value: '80+' },
          { label: 'Praticiens des collectivités locales', value: '100+' },
          { label: 'Événements', value: '11' },
          { label: 'Partenaires', value: '10' },
        ],
        outcomes: [
          'Déclaration des maires de New York signée par Eric Adams et Asmaa Rhlalou, avec 108 soutiens le jour même',
          'Lancement du Guide à l’intention des maires, du Guide à l’intention des villes et de la boîte à outils sur la coopération entre échelons national et local',
          'Stratégie triennale approuvée par le Comité directeur international relancé',
          'Engagement à élaborer avec l’UNOSAPG et l’UNOCT un plan d’action sur les discours de haine destiné aux villes',
          'Annonce d’un nouveau programme nord-américain avec le Séminaire théologique de Pittsburgh',
        ],
      },
    },
  },
};

const wideningTheLens: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-widening-the-lens',
  status: 'published',
  sample: true,
  publicationDate: '2023-10-12',
  themes: ['hate-speech', 'digital-safety', 'social-cohesion', 'youth-engagement'],
  audiences: ['officials', 'civil-society'],
  regions: ['north-america', 'europe'],
  cities: ['new-york', 'london', 'newark'],
  partners: { 'co-organiser': ['strong-cities-network', 'columbia-sipa'] },
  related: [summitKey],
  cover: { hue: 32, label: 'Widening the Lens' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-19',
    endDate: '2023-09-19',
  },
  locales: {
    en: {
      title: 'Widening the Lens: Lessons from Other Sectors for City-Led Prevention',
      summary:
        'The Summit opened with a full-day event at Columbia SIPA asking what city-led prevention of hate and extremism can borrow from fields such as climate action, data, technology and urban development. The mayors of London and Newark gave keynotes.',
      body: [
        '## What the day set out to do',
        'Held with Columbia University’s School of International and Public Affairs on 19 September 2023, the first event of the Summit looked beyond the usual security toolbox. Speakers drew lessons from climate action, data science, technology and urban development that local governments could apply to hate and extremism.',
        '## Keynotes',
        'London Mayor Sadiq Khan spoke about dis- and misinformation, describing how his administration has had to deal with hostile information campaigns aimed at its climate policies, and called on city leaders to tackle such threats together.',
        'Newark Mayor Ras Baraka explained how his city treats safety and social cohesion as a shared responsibility of the whole community, and how investing in community-based programmes and youth engagement has helped bring down crime and other harms.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Duration', value: 'Full day' },
          { label: 'Mayoral keynotes', value: '2' },
          { label: 'Sectors explored', value: '4' },
        ],
        outcomes: [
          'Mayors urged to coordinate their responses to dis- and misinformation',
          'Newark’s community-based approach to public safety shared as a model for peers',
          'Lessons from climate, data, technology and urban development put on the table for prevention work',
        ],
      },
    },
  },
};

const menaDialogue: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-mena-dialogue',
  status: 'published',
  publicationDate: '2023-10-20',
  themes: ['cross-border', 'migrant-inclusion', 'education-wellbeing', 'global-local-cooperation'],
  audiences: ['mayors', 'officials', 'national'],
  regions: ['mena'],
  cities: ['new-york', 'sousse'],
  partners: {
    funder: ['european-union', 'denmark-mfa', 'us-state-department'],
    'co-organiser': ['strong-cities-network', 'uncted'],
  },
  related: [summitKey, 'spotlight-sousse', 'summit-2023-soft-targets-workshop'],
  cover: { hue: 158, label: 'MENA dialogue' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-19',
    endDate: '2023-09-19',
    hub: 'mena-hub',
  },
  attachments: [
    {
      key: 'summit-2023-mena-dialogue-report-en',
      title: 'MENA Dialogue with UNCTED – Event Summary',
      language: 'en',
      pages: [
        [
          '## Summary',
          'On 19 September 2023, during the Fourth Global Summit in New York, the Strong Cities MENA Regional Hub and UNCTED held an informal dialogue with mayors and city officials from Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia. The aim was to explore how the UN, and CTED in particular, could work more closely with local governments in the region as they apply counter-terrorism and P/CVE frameworks.',
          '## Introducing UNCTED',
          'CTED experts explained how the Security Council’s approach has widened over two decades. After Resolution 1373 in 2001, the focus was on terrorist financing and international cooperation; Resolution 1624 in 2005 added incitement; Resolutions 2178 and 2396 addressed foreign terrorist fighters. This path led to today’s whole-of-society focus on the root causes of violent extremism.',
          'CTED reports to the Counter-Terrorism Committee, assesses how Member States implement the relevant resolutions, tracks emerging trends and helps arrange technical assistance. It has paid growing attention to xenophobia, racism and related intolerance, which the Council linked to violent extremism in Resolution 2686 in June 2023.',
        ],
        [
          '## City practices',
          'Sousse, Tunisia, described school programmes delivered with civil society to reduce violence and dropout, job training and social activities for migrants, and an Observatory for Migrants. A Moroccan city explained that it frames prevention as human development, built on four pillars: basic infrastructure and services, support for people in vulnerable situations, better income opportunities for young people, and development for future generations.',
          '## Challenges and needs',
          'Officials asked for help keeping programmes alive after a change of mayor, warned against presenting social programmes as security measures, and raised concerns about inter-ethnic and inter-religious hate. They called for twinning with more experienced cities, alignment with donor priorities and support to document results through monitoring and evaluation.',
          '## Next steps',
          'Participants concluded that cities deserve a voice when CTED carries out its assessment visits. Strong Cities and CTED committed to bringing more local voices into those assessments and to involving UN agencies in Strong Cities activities in the region and beyond.',
        ],
      ],
    },
  ],
  locales: {
    en: {
      title: 'Engaging Local Governments in the Middle East and North Africa in Preventing Violent Extremism',
      summary:
        'An informal dialogue between UNCTED and mayors and officials from Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia on how the UN can work with local governments in MENA, with practices from Sousse and a Moroccan city and a list of what cities need.',
      body: [
        '## Why this dialogue',
        'On the first day of the Fourth Global Summit, the Strong Cities MENA Regional Hub and UNCTED brought together mayors and city officials from Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia. UNCTED usually works with national governments, so the meeting gave local leaders a rare chance to talk to the UN directly.',
        'UNCTED experts traced how the international counter-terrorism framework has grown since Security Council Resolution 1373 (2001): from terrorist financing to incitement, foreign terrorist fighters and, more recently, the root causes of violent extremism, xenophobia and racism (Resolution 2686, June 2023).',
        '## What cities bring',
        'Mayors argued that good governance and everyday services such as jobs, schooling and the local economy build the trust that extremists try to exploit when it is missing. Sousse described its work in schools, its employability training for migrants and its Observatory for Migrants; a Moroccan city framed prevention around four pillars of human development.',
        '## Challenges and needs',
        '- Keeping prevention going after the mayor who started it leaves office.',
        '- Avoiding the securitisation of social programmes by treating prevention as part of urban development.',
        '- Responding to inter-ethnic and inter-religious hate, which may grow with migration.',
        '- More twinning with experienced cities, alignment with donors and support for monitoring and evaluation.',
        '## Next steps',
        'Participants concluded that cities deserve a voice when UNCTED carries out its assessment visits. Both sides committed to bringing more local voices into UNCTED’s work and UN agencies into Strong Cities activities in the region.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Countries represented', value: '6' },
          { label: 'Security Council resolutions reviewed', value: '5' },
        ],
        outcomes: [
          'Agreement that cities should be consulted during UNCTED assessment visits',
          'Joint commitment to involve UNCTED and other UN agencies in Strong Cities activities in MENA',
          'City needs recorded: continuity beyond a mayoral term, twinning, donor alignment and monitoring and evaluation',
        ],
      },
    },
    fr: {
      title:
        'Mobiliser les collectivités locales du Moyen-Orient et d’Afrique du Nord pour prévenir l’extrémisme violent',
      summary:
        'Un dialogue informel entre l’UNCTED et des maires et responsables d’Irak, de Jordanie, du Liban, de Libye, du Maroc et de Tunisie sur la coopération entre l’ONU et les villes de la région, avec les pratiques de Sousse et d’une ville marocaine et les besoins exprimés.',
      body: [
        '## Pourquoi ce dialogue',
        'Le premier jour du quatrième Sommet mondial, le pôle régional MENA du Strong Cities Network et l’UNCTED ont réuni des maires et des responsables municipaux d’Irak, de Jordanie, du Liban, de Libye, du Maroc et de Tunisie. L’UNCTED travaillant d’ordinaire avec les gouvernements nationaux, la rencontre a offert aux élus locaux une occasion rare de s’adresser directement à l’ONU.',
        'Les experts de l’UNCTED ont retracé l’évolution du cadre international de lutte contre le terrorisme depuis la résolution 1373 (2001) du Conseil de sécurité : du financement du terrorisme à l’incitation, aux combattants terroristes étrangers puis, plus récemment, aux causes profondes de l’extrémisme violent, à la xénophobie et au racisme (résolution 2686, juin 2023).',
        '## L’apport des villes',
        'Les maires ont souligné que la bonne gouvernance et les services du quotidien, comme l’emploi, l’école ou l’économie locale, créent une confiance dont l’absence profite aux extrémistes. Sousse a présenté son action dans les écoles, ses formations à l’employabilité pour les migrants et son Observatoire des migrants ; une ville marocaine a décrit une prévention fondée sur quatre piliers de développement humain.',
        '## Difficultés et besoins',
        '- Assurer la continuité de la prévention après le départ du maire qui l’a lancée.',
        '- Éviter de donner une coloration sécuritaire aux programmes sociaux en intégrant la prévention au développement urbain.',
        '- Répondre à la haine interethnique et interreligieuse, qui pourrait croître avec les migrations.',
        '- Davantage de jumelages avec des villes expérimentées, un meilleur alignement avec les bailleurs et un appui au suivi-évaluation.',
        '## Prochaines étapes',
        'Les participants sont convenus que les collectivités locales devraient être consultées lors des visites d’évaluation de l’UNCTED. Les deux parties se sont engagées à faire entendre davantage de voix locales dans les travaux de l’UNCTED et à associer les agences de l’ONU aux activités du réseau dans la région.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Pays représentés', value: '6' },
          { label: 'Résolutions du Conseil de sécurité examinées', value: '5' },
        ],
        outcomes: [
          'Accord pour que les villes soient consultées lors des visites d’évaluation de l’UNCTED',
          'Engagement commun à associer l’UNCTED et d’autres agences de l’ONU aux activités du réseau dans la région MENA',
          'Besoins des villes recensés : continuité au-delà d’un mandat, jumelages, alignement avec les bailleurs et suivi-évaluation',
        ],
      },
    },
    ar: {
      title: 'إشراك الحكومات المحلية في الشرق الأوسط وشمال أفريقيا في الوقاية من التطرف العنيف',
      summary:
        'حوار غير رسمي جمع المديرية التنفيذية للجنة مكافحة الإرهاب برؤساء بلديات ومسؤولين محليين من العراق والأردن ولبنان وليبيا والمغرب وتونس، لبحث سبل تعاون الأمم المتحدة مع مدن المنطقة، مع عرض تجارب من سوسة ومدينة مغربية وقائمة باحتياجات المدن.',
      body: [
        '## لماذا هذا الحوار؟',
        'في اليوم الأول من القمة العالمية الرابعة، جمع المركز الإقليمي لشبكة المدن القوية في الشرق الأوسط وشمال أفريقيا والمديرية التنفيذية للجنة مكافحة الإرهاب رؤساءَ بلديات ومسؤولين محليين من العراق والأردن ولبنان وليبيا والمغرب وتونس. ولأن المديرية تتعامل عادةً مع الحكومات الوطنية، فقد أتاح اللقاء للقيادات المحلية فرصة نادرة للتحاور مع الأمم المتحدة مباشرة.',
        'استعرض خبراء المديرية تطوّر الإطار الدولي لمكافحة الإرهاب منذ قرار مجلس الأمن 1373 (2001)، من مكافحة تمويل الإرهاب والتحريض عليه ومواجهة ظاهرة المقاتلين الإرهابيين الأجانب، وصولًا إلى معالجة الأسباب الجذرية للتطرف العنيف وكراهية الأجانب والعنصرية (القرار 2686، حزيران/يونيو 2023).',
        '## ما تقدّمه المدن',
        'أكد رؤساء البلديات أن الحوكمة الرشيدة والخدمات اليومية، كالتشغيل والتعليم والاقتصاد المحلي، تبني الثقة التي يسعى المتطرفون إلى استغلال غيابها. وعرضت سوسة عملها في المدارس وبرامج تعزيز قابلية التشغيل لدى المهاجرين ومرصدها الخاص بالمهاجرين، فيما قدّمت مدينة مغربية مقاربة للوقاية تقوم على أربع ركائز للتنمية البشرية.',
        '## التحديات والاحتياجات',
        '- ضمان استمرار جهود الوقاية بعد انتهاء ولاية رئيس البلدية الذي أطلقها.',
        '- تجنّب إضفاء طابع أمني على البرامج الاجتماعية من خلال إدراج الوقاية ضمن التنمية الحضرية.',
        '- التصدي للكراهية بين المجموعات العرقية والدينية، والتي قد تتصاعد مع تزايد الهجرة.',
        '- مزيد من التوأمة مع مدن ذات خبرة، ومواءمة الأولويات مع الجهات المانحة، ودعم الرصد والتقييم.',
        '## الخطوات التالية',
        'اتفق المشاركون على ضرورة استشارة الحكومات المحلية خلال زيارات التقييم التي تجريها المديرية، والتزم الطرفان بإشراك مزيد من الأصوات المحلية في عمل المديرية، وبإشراك وكالات الأمم المتحدة في أنشطة شبكة المدن القوية في المنطقة.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'عدد الدول الممثَّلة', value: '6' },
          { label: 'قرارات مجلس الأمن التي جرى استعراضها', value: '5' },
        ],
        outcomes: [
          'الاتفاق على استشارة المدن خلال زيارات التقييم التي تجريها المديرية التنفيذية للجنة مكافحة الإرهاب',
          'التزام مشترك بإشراك المديرية وسائر وكالات الأمم المتحدة في أنشطة الشبكة في المنطقة',
          'توثيق احتياجات المدن: الاستمرارية بعد انتهاء الولاية، والتوأمة، والمواءمة مع المانحين، والرصد والتقييم',
        ],
      },
    },
  },
};

const steeringCommittee: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-steering-committee',
  status: 'published',
  publicationDate: '2023-10-05',
  themes: ['mayoral-leadership', 'womens-leadership', 'violence-against-officials'],
  audiences: ['mayors'],
  regions: ['mena', 'europe'],
  cities: ['new-york', 'rabat', 'the-hague'],
  partners: { 'co-organiser': ['strong-cities-network'] },
  related: [summitKey, 'spotlight-rabat'],
  cover: { hue: 268, label: 'Steering Committee' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-20',
    endDate: '2023-09-20',
  },
  locales: {
    en: {
      title: 'Inaugural Meeting of the Revitalised International Steering Committee',
      summary:
        'Co-chaired by Mayor Asmaa Rhlalou of Rabat and Mayor Jan Van Zanen of The Hague, the first meeting of the network’s revitalised steering committee endorsed a three-year strategy, a Women’s Leadership Caucus and a Friends of Strong Cities group.',
      body: [
        '## A committee to steer the network',
        'On 20 September 2023 the Summit hosted the first meeting of the Strong Cities International Steering Committee in its revitalised form. It is co-chaired by Mayor Asmaa Rhlalou of Rabat, Morocco, and Mayor Jan Van Zanen of The Hague, the Netherlands.',
        'Members endorsed the network’s three-year strategy and backed several proposals for new initiatives.',
        '## Decisions',
        '- A Women’s Leadership Caucus, giving women mayors, governors and officials a platform to share gendered approaches to prevention and a safe space to discuss the hate and threats aimed at them.',
        '- A Friends of Strong Cities group through which the network can work more closely with multilateral organisations, fellow city networks, associations of local governments and other allies.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Co-chairs', value: '2' },
          { label: 'Strategy period', value: '3 years' },
        ],
        outcomes: [
          'Three-year strategy endorsed',
          'Proposal for a Women’s Leadership Caucus endorsed',
          'Proposal for a Friends of Strong Cities group endorsed to widen partnerships',
        ],
      },
    },
  },
};

const returneesWorkshop: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-returnees-workshop',
  status: 'published',
  publicationDate: '2023-10-26',
  themes: ['rehabilitation-reintegration', 'global-local-cooperation'],
  audiences: ['officials', 'civil-society'],
  regions: [],
  cities: ['new-york'],
  partners: { 'co-organiser': ['strong-cities-network'], partner: ['us-state-department'] },
  related: [summitKey, 'spotlight-wroclaw'],
  cover: { hue: 12, label: 'Returnees' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-20',
    endDate: '2023-09-20',
  },
  locales: {
    en: {
      title: 'The Role of Cities in Rehabilitating and Reintegrating Returnees from Conflict Zones',
      summary:
        'More than 50 mayors, local officials and frontline practitioners compared notes on how cities can help rehabilitate and reintegrate people returning from conflict zones, drawing on international good practice and examples of city-led work.',
      body: [
        '## Why cities',
        'Strong Cities’ work with local governments around the world shows that many of them doubt whether they can reintegrate returnees from conflict zones effectively and for the long term. This workshop on 20 September 2023 was designed in response.',
        '## Programme',
        '- Remarks from the UN Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism.',
        '- Remarks from the U.S. State Department’s Deputy Coordinator for Counterterrorism, who is responsible among other things for CVE and for the detention of terrorists.',
        '- An overview by rehabilitation and reintegration experts of internationally recognised good practices cities can build on.',
        '- Case examples of rehabilitation and reintegration work led by cities themselves.',
      ],
      eventReport: {
        participantFigures: [{ label: 'Participants', value: '50+' }],
        outcomes: [
          'Cities introduced to internationally recognised good practices they can adapt when setting up their own structures',
          'City-led examples shared as a basis for peer learning',
          'Rehabilitation and reintegration flagged as a priority for future city spotlights',
        ],
      },
    },
  },
};

const hateSpeechRoundtable: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-hate-speech-roundtable',
  status: 'published',
  sample: true,
  publicationDate: '2023-10-31',
  themes: ['hate-speech', 'digital-safety', 'global-local-cooperation'],
  audiences: ['officials', 'civil-society'],
  regions: [],
  cities: ['new-york'],
  partners: { 'co-organiser': ['strong-cities-network', 'unoct', 'unosapg'] },
  related: [summitKey, 'summit-2023-widening-the-lens'],
  cover: { hue: 348, label: 'Hate speech' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-20',
    endDate: '2023-09-20',
  },
  locales: {
    en: {
      title: 'Unlocking the Potential of Cities to Address Hate Speech',
      summary:
        'A roundtable with UNOCT and the UN Special Adviser on the Prevention of Genocide on how local governments can stop hate speech from escalating into violence, what UN frameworks offer them, and what support they need to scale up their work.',
      body: [
        '## Context',
        'A growing number of mayors have told Strong Cities about rising hate in their communities, its potential to spill over into violence, and how hard it is to respond when it spreads quickly on social media, often alongside misinformation.',
        '## The discussion',
        'City leaders learned about relevant UN frameworks and initiatives against hate. In turn, they told the UN Special Adviser on the Prevention of Genocide and senior officials from UNOCT about their own efforts to keep hate speech from escalating, and about the support they would need to sustain and expand them.',
        '## What came next',
        'The roundtable fed directly into the Summit’s commitment to co-develop, with UNOSAPG and UNOCT, a city-focused action plan on hate speech, shaped in consultation with mayors from across the network’s 210+ member cities.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Co-organising UN offices', value: '2' },
          { label: 'Member cities to be consulted on the action plan', value: '210+' },
        ],
        outcomes: [
          'Mayors briefed on UN frameworks and initiatives against hate',
          'City needs for scaling up their responses put to senior UN officials',
          'Agreement to co-develop a city-focused hate speech action plan',
        ],
      },
    },
  },
};

const gctfDialogue: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-gctf-dialogue',
  status: 'published',
  sample: true,
  publicationDate: '2023-11-02',
  themes: ['global-local-cooperation', 'mayoral-leadership', 'youth-engagement'],
  audiences: ['national', 'mayors'],
  regions: ['africa', 'asia-pacific', 'europe', 'mena'],
  cities: ['new-york', 'masaka'],
  partners: { 'co-organiser': ['strong-cities-network', 'gctf'] },
  related: [summitKey, 'spotlight-masaka', 'toolkit-national-local-cooperation'],
  cover: { hue: 186, label: 'GCTF dialogue' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-20',
    endDate: '2023-09-20',
  },
  locales: {
    en: {
      title: 'Enhancing Global-Local Cooperation: A Dialogue between Cities and the GCTF',
      summary:
        'GCTF national representatives heard directly from mayors on preventing hate and extremism: leaders from Botswana, Tanzania and Uganda on the role of African mayors, then cities from Bangladesh, Germany, Kenya and Libya on sustaining inclusive, city-led prevention.',
      body: [
        '## A rare conversation',
        'National-level representatives of the Global Counterterrorism Forum rarely hear first-hand from city leaders. This dialogue gave them that chance, covering how cities approach hate and extremism, the obstacles they meet and the support they need.',
        '## Two panels',
        '- African mayors: local leaders from Botswana, Tanzania and Uganda described their prevention work.',
        '- Inclusive, city-led prevention: officials from Bangladesh, Germany, Kenya and Libya discussed how to put such approaches into practice and keep them going.',
        '## Mayors as trust-builders',
        'Mayor Florence Namayanja of Masaka, Uganda, explained how she builds trust with young people by investing in them as future leaders and involving them in the city’s drive to be green, clean and liveable.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Countries represented on the panels', value: '7' },
          { label: 'Panels', value: '2' },
        ],
        outcomes: [
          'GCTF members heard city perspectives on prevention first-hand',
          'Support needs of African and other cities put on the GCTF agenda',
          'Masaka’s youth engagement highlighted as a model of mayors building trust',
        ],
      },
    },
  },
};

const mayoralMeeting: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-mayoral-meeting',
  status: 'published',
  publicationDate: '2023-10-09',
  themes: ['mayoral-leadership', 'social-cohesion'],
  audiences: ['mayors'],
  regions: ['north-america', 'mena'],
  cities: ['new-york', 'rabat', 'pittsburgh'],
  partners: {
    host: ['nyc-mayors-office'],
    'co-organiser': ['strong-cities-network'],
    partner: ['pittsburgh-theological-seminary'],
  },
  related: [summitKey, 'summit-2023-steering-committee', 'guide-for-mayors'],
  cover: { hue: 222, label: 'Gracie Mansion' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-21',
    endDate: '2023-09-21',
  },
  locales: {
    en: {
      title: 'Mayoral Meeting at Gracie Mansion and the New York City Mayoral Declaration',
      summary:
        'Hosted by New York City Mayor Eric Adams, the Summit’s capstone gathered 150+ mayors, governors and local leaders, saw the signing of the New York City Mayoral Declaration and launched a new Strong Cities stream of work for North America.',
      body: [
        '## The gathering',
        'On 21 September 2023, upwards of 150 mayors, governors and local leaders met at Gracie Mansion, the New York mayor’s official home. Opening the meeting, Mayor Eric Adams described his city’s whole-of-city work to foster cohesion and prevent hate crimes in one of the largest and most diverse cities on earth.',
        'Through keynotes and panels, mayors from nearly two dozen cities shared their successes and setbacks in building inclusive, resilient cities.',
        '## The Declaration',
        'Mayor Adams and Mayor Asmaa Rhlalou of Rabat signed the New York City Mayoral Declaration, a set of practical steps local leaders can take against hate, extremism and polarisation while advancing human rights. It had 108 endorsements at the time and remains open.',
        '## A new focus on North America',
        'William Peduto, former Mayor of Pittsburgh, and Strong Cities announced a dedicated stream of work with the Pittsburgh Theological Seminary to bring North American mayors together, alongside a pilot of multi-actor prevention frameworks in small and mid-sized cities.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Mayors, governors and local leaders', value: '150+' },
          { label: 'Cities whose mayors spoke', value: 'Nearly two dozen' },
          { label: 'Declaration endorsements at signing', value: '108' },
        ],
        outcomes: [
          'New York City Mayoral Declaration signed and opened for further endorsements',
          'Dedicated North America stream announced with the Pittsburgh Theological Seminary',
          'Pilot of multi-actor prevention frameworks planned for small and mid-sized North American cities',
        ],
      },
    },
  },
};

const softTargetsWorkshop: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-soft-targets-workshop',
  status: 'published',
  publicationDate: '2023-10-18',
  themes: ['soft-targets', 'urban-planning', 'global-local-cooperation'],
  audiences: ['officials'],
  regions: [],
  cities: ['new-york'],
  partners: { 'co-organiser': ['strong-cities-network', 'uncted', 'nyu-cga'] },
  related: [summitKey, 'spotlight-cape-town', 'guide-city-led-response'],
  cover: { hue: 96, label: 'Soft targets' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-21',
    endDate: '2023-09-21',
  },
  locales: {
    en: {
      title: 'Protecting Soft Targets and Engaging Local Communities: A Global-Local Workshop',
      summary:
        'With UNCTED and NYU’s Center for Global Affairs, Strong Cities brought 40+ local officials, frontline practitioners and UN staff together to explain UN frameworks to cities and show the UN how cities already protect soft targets and reach hard-to-reach groups.',
      body: [
        '## Why this workshop',
        'Local authorities have repeatedly told Strong Cities that they rarely deal with the UN directly, even though the UN and other multilateral bodies increasingly acknowledge how much local actors matter in countering hate and extremism. This workshop, held on 21 September 2023, set out to close that gap.',
        '## Two-way learning',
        '- For cities: a clearer picture of the UN frameworks that bear on protecting soft targets.',
        '- For UN representatives: concrete examples of city-led protection of public spaces and of outreach to communities that are hard to reach.',
        '## Shared conclusions',
        'UN and city participants agreed from the outset that mayors and local governments are central to prevention that involves the whole of society, an approach widely seen as best practice, and are well placed to turn two decades of Security Council counter-terrorism and P/CVE measures into action on the ground.',
        'David Scharia, Chief of Branch at UNCTED, underlined the role of local governments after an attack, in particular in limiting its long-term effects on social cohesion.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Participants', value: '40+' },
          { label: 'Co-organisers', value: '3' },
        ],
        outcomes: [
          'Shared view that mayors are key to a whole-of-society approach to prevention',
          'City-led soft-target protection practices presented to UN representatives',
          'Recognition of the role of local governments in recovery after an attack',
        ],
      },
    },
    fr: {
      title: 'Protéger les cibles vulnérables et mobiliser les communautés locales : un atelier mondial-local',
      summary:
        'Avec l’UNCTED et le Center for Global Affairs de l’Université de New York, le réseau a réuni plus de 40 élus, praticiens et membres du personnel de l’ONU pour présenter les cadres onusiens aux villes et montrer à l’ONU comment les villes protègent déjà les lieux ouverts au public.',
      body: [
        '## Pourquoi cet atelier',
        'Les autorités locales ont souvent fait savoir au Strong Cities Network qu’elles n’avaient guère de contacts directs avec l’ONU, alors même que l’ONU et les autres instances multilatérales reconnaissent de plus en plus le rôle des acteurs locaux face à la haine et à l’extrémisme. Cet atelier, organisé le 21 septembre 2023, visait à combler ce manque.',
        '## Un apprentissage dans les deux sens',
        '- Pour les villes : une meilleure compréhension des cadres de l’ONU relatifs à la protection des cibles vulnérables.',
        '- Pour les représentants de l’ONU : des exemples concrets de protection des espaces publics par les villes et d’actions menées auprès de communautés difficiles à atteindre.',
        '## Conclusions partagées',
        'Dès l’ouverture, représentants de l’ONU et des villes ont reconnu que les maires et les collectivités locales sont au cœur de l’approche de prévention associant toute la société, considérée comme une bonne pratique, et qu’ils peuvent traduire sur le terrain vingt ans de mesures du Conseil de sécurité contre le terrorisme et l’extrémisme violent.',
        'David Scharia, chef de service à l’UNCTED, a insisté sur le rôle des collectivités locales après un attentat, en particulier pour en limiter les effets durables sur la cohésion sociale.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Participants', value: '40+' },
          { label: 'Co-organisateurs', value: '3' },
        ],
        outcomes: [
          'Consensus sur le rôle clé des maires dans une prévention associant toute la société',
          'Pratiques municipales de protection des cibles vulnérables présentées aux représentants de l’ONU',
          'Reconnaissance du rôle des collectivités locales dans le relèvement après un attentat',
        ],
      },
    },
  },
};

const wholeOfCityWorkshop: DocSeed = {
  type: 'event-report',
  key: 'summit-2023-whole-of-city-workshop',
  status: 'published',
  publicationDate: '2023-11-08',
  themes: ['social-cohesion', 'mayoral-leadership'],
  audiences: ['officials', 'civil-society'],
  regions: ['north-america'],
  cities: ['new-york'],
  partners: { 'co-organiser': ['strong-cities-network', 'nyc-ophc', 'nyu-cga'] },
  related: [summitKey, 'guide-for-cities'],
  cover: { hue: 300, label: 'Whole-of-city' },
  eventReport: {
    ...summitSession,
    startDate: '2023-09-21',
    endDate: '2023-09-21',
  },
  locales: {
    en: {
      title: 'Whole-of-City Models for Prevention: An Exchange with New York City Policymakers',
      summary:
        'The Summit closed with a half-day workshop, run with New York City’s Office for the Prevention of Hate Crimes and NYU’s Center for Global Affairs, on how cities coordinate agencies and community partners to reduce hate crime and build inclusive communities.',
      body: [
        '## A model from the host city',
        'New York City’s Office for the Prevention of Hate Crimes brings several municipal agencies and community organisations together to cut hate crime and the harm that surrounds it, in a city of exceptional size and diversity. Its work, and similar multi-actor efforts across the Strong Cities membership, inspired this closing session on 21 September 2023.',
        '## Panels',
        'In a series of panels, local government representatives described what has worked and what has been difficult in their own multi-actor efforts. Together they showed why local governments are essential to lasting prevention and how varied their contribution can be.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'Duration', value: 'Half day' },
          { label: 'Co-organisers', value: '3' },
        ],
        outcomes: [
          'New York City’s coordinated model for reducing hate crime presented to peers',
          'Successes and setbacks of multi-actor prevention compared across cities',
        ],
      },
    },
  },
};

const networkLaunch: DocSeed = {
  type: 'event-report',
  key: 'network-launch-2015',
  status: 'published',
  sample: true,
  publicationDate: '2015-09-28',
  themes: ['cross-border', 'social-cohesion', 'global-local-cooperation'],
  audiences: ['mayors', 'national'],
  regions: ['europe', 'north-america'],
  cities: ['new-york', 'oslo', 'montreal'],
  partners: { 'co-organiser': ['strong-cities-network', 'isd'] },
  related: [summitKey],
  cover: { hue: 48, label: 'Launch 2015' },
  eventReport: {
    startDate: '2015-09-29',
    endDate: '2015-09-30',
    venueCity: 'new-york',
  },
  attachments: [
    {
      key: 'network-launch-2015-announcement-en',
      title: 'Strong Cities Network Launch Announcement, September 2015',
      language: 'en',
      pages: [
        [
          '## A new network for cities',
          'A global network of cities and other sub-national authorities working against violent extremism in all its forms will be launched at the United Nations in New York on 29 September 2015. It responds to a simple observation: many cities are already trying new approaches, but there has been no systematic way for them to share what they learn.',
          'The network will connect cities, their practitioners and the communities they serve through workshops, trainings and long-term city partnerships. Members will have access to an online collection of municipal good practice and web-based training, and will be able to apply for grants for innovative local projects that strengthen social cohesion and resilience.',
          '## Governance',
          'An International Steering Committee of around 25 cities and sub-national entities from different regions will set the strategic direction and meets for the first time on 30 September 2015. An International Advisory Board bringing together city-focused networks will help the initiative build on existing work. Day-to-day management is entrusted to the Institute for Strategic Dialogue.',
          '## Launch programme',
          'The launch follows the Leaders’ Summit on Countering ISIL and Violent Extremism. The UN High Commissioner for Human Rights, Prince Zeid Ra’ad Al Hussein, and New York City Mayor Bill de Blasio will open the event, followed by a keynote from U.S. Attorney General Loretta Lynch.',
        ],
      ],
    },
  ],
  locales: {
    en: {
      title: 'Strong Cities Network Launches at the United Nations',
      summary:
        'In September 2015 a global network of cities against violent extremism was launched at the UN in New York, run by the Institute for Strategic Dialogue and steered by some 25 founding cities and sub-national authorities, including Oslo and Montréal.',
      body: [
        '## A gap the network set out to fill',
        'Local communities and authorities are often the most credible voices against violent extremism, and many cities were already trying out new responses. Yet there was no systematic way for them to share experience, pool resources and learn from one another. The Strong Cities Network was created to fill that gap, working with civil society while safeguarding residents’ rights.',
        '## The launch',
        'The network was launched on 29 September 2015 at the United Nations, right after the Leaders’ Summit on Countering ISIL and Violent Extremism. UN High Commissioner for Human Rights Zeid Ra’ad Al Hussein and New York City Mayor Bill de Blasio gave welcoming remarks, and U.S. Attorney General Loretta Lynch delivered the keynote, describing the network as a way for cities to build their capacity and work together.',
        '## How it would work',
        '- Workshops, trainings and lasting partnerships between cities and their practitioners.',
        '- An online repository of municipal good practice and web-based training modules.',
        '- Grants for innovative local initiatives that build social cohesion and resilience.',
        '- An International Steering Committee of about 25 cities, meeting for the first time on 30 September 2015, and an International Advisory Board of city-focused networks.',
        'Founding members included Oslo, whose Governing Mayor Stian Berger Røsland stressed the need to coordinate efforts across borders, and Montréal, where Mayor Denis Coderre pointed to the city’s Mayors’ International Observatory on Living Together as a local initiative the network could build on.',
      ],
      eventReport: {
        participantFigures: [
          { label: 'cities and sub-national entities on the founding steering committee', value: 'About 25' },
          { label: 'Launch session', value: '90 minutes' },
        ],
        outcomes: [
          'Network formally launched at the United Nations',
          'International Steering Committee held its inaugural meeting on 30 September 2015',
          'Institute for Strategic Dialogue entrusted with running the network',
        ],
      },
    },
  },
};

export const eventReports: DocSeed[] = [
  summit,
  wideningTheLens,
  menaDialogue,
  steeringCommittee,
  returneesWorkshop,
  hateSpeechRoundtable,
  gctfDialogue,
  mayoralMeeting,
  softTargetsWorkshop,
  wholeOfCityWorkshop,
  networkLaunch,
];
