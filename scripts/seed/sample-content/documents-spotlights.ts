/**
 * City spotlights. Practices come from shared/seeds/003 (briefing deck on the role of cities),
 * 002 (Sousse at the MENA dialogue) and 001 (Masaka, Rabat and Edmonton at the Fourth Global
 * Summit); all wording is ours. Zomba is the one draft, awaiting the city’s sign-off.
 */
import type { DocSeed } from './types.js';

const sousse: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-sousse',
  status: 'published',
  sample: true,
  publicationDate: '2023-12-05',
  themes: ['education-wellbeing', 'migrant-inclusion', 'youth-engagement'],
  audiences: ['officials'],
  regions: ['mena'],
  cities: ['sousse'],
  partners: {},
  related: ['summit-2023-mena-dialogue', 'guide-for-cities'],
  cover: { hue: 196, label: 'Sousse' },
  spotlight: { city: 'sousse' },
  locales: {
    en: {
      title: 'Sousse: Schools, Migrants and Youth at the Heart of Prevention',
      summary:
        'The Tunisian city of Sousse tackles hate and extremism through everyday services: psychosocial support in schools, job training and social activities for its large migrant community, an Observatory for Migrants and a municipal committee that gives young people a voice.',
      coverAlt: 'The word Sousse on a blue background',
      body: [
        '## Context',
        'Sousse, on Tunisia’s eastern coast, does not present its programmes as counter-extremism. It treats prevention as part of urban development, which city officials see as a way to avoid turning social services into security measures.',
        '## Three strands of work',
        '- Schools: civil society organisations give psychosocial briefings and other support to teachers and pupils, aiming to reduce school violence and dropout.',
        '- Migrants: employability training run with international and private partners, cultural and sporting events that bring newcomers and long-standing residents together, and an Observatory for Migrants that tracks the social effects of migration and helps people settle.',
        '- Youth: a dedicated youth municipal committee makes sure young people’s needs and concerns inform municipal decisions.',
        '## Where it was shared',
        'Sousse presented this approach at the Strong Cities dialogue between MENA cities and UNCTED during the Fourth Global Summit in New York in September 2023.',
      ],
      spotlight: {
        practice: 'Community-based prevention through schools, migrant integration and youth participation',
        keyFigures: [
          { label: 'Country', value: 'Tunisia' },
          { label: 'Strands of work', value: '3' },
          { label: 'dedicated bodies: an Observatory for Migrants and a youth municipal committee', value: '2' },
        ],
        outcomes: [
          'Teachers and pupils supported to tackle school violence and dropout',
          'Migrants helped into work and into the social life of the city',
          'Young residents given a formal channel into municipal decision-making',
        ],
      },
    },
    fr: {
      title: 'Sousse : l’école, les migrants et les jeunes au cœur de la prévention',
      summary:
        'La ville tunisienne de Sousse prévient la haine et l’extrémisme par ses services du quotidien : soutien psychosocial dans les écoles, formation et activités sociales pour son importante population migrante, un Observatoire des migrants et un comité municipal de la jeunesse.',
      coverAlt: 'Le mot Sousse sur fond bleu',
      body: [
        '## Contexte',
        'Sousse, sur la côte est de la Tunisie, ne présente pas ses programmes comme de la lutte contre l’extrémisme. Elle inscrit la prévention dans le développement urbain, ce qui permet selon ses responsables d’éviter de donner une coloration sécuritaire aux services sociaux.',
        '## Trois axes de travail',
        '- L’école : des organisations de la société civile proposent des séances d’information psychosociale et d’autres formes de soutien aux enseignants et aux élèves, afin de réduire la violence scolaire et le décrochage.',
        '- Les migrants : des formations à l’employabilité menées avec des partenaires internationaux et privés, des activités culturelles et sportives qui rapprochent nouveaux arrivants et habitants de longue date, et un Observatoire des migrants qui suit les effets sociaux des migrations et accompagne l’installation des personnes.',
        '- La jeunesse : un comité municipal de la jeunesse veille à ce que les besoins et les préoccupations des jeunes éclairent les décisions de la commune.',
        '## Où cette pratique a été présentée',
        'Sousse a présenté cette approche lors du dialogue entre villes de la région MENA et l’UNCTED, organisé par le Strong Cities Network pendant le quatrième Sommet mondial à New York, en septembre 2023.',
      ],
      spotlight: {
        practice:
          'Une prévention ancrée dans la communauté : école, intégration des migrants et participation des jeunes',
        keyFigures: [
          { label: 'Pays', value: 'Tunisie' },
          { label: 'Axes de travail', value: '3' },
          {
            label: 'structures dédiées : un Observatoire des migrants et un comité municipal de la jeunesse',
            value: '2',
          },
        ],
        outcomes: [
          'Enseignants et élèves soutenus face à la violence scolaire et au décrochage',
          'Migrants accompagnés vers l’emploi et la vie sociale de la ville',
          'Jeunes dotés d’un canal officiel pour peser sur les décisions municipales',
        ],
      },
    },
    ar: {
      title: 'سوسة: المدرسة والمهاجرون والشباب في صميم الوقاية',
      summary:
        'تتصدى مدينة سوسة التونسية للكراهية والتطرف عبر خدماتها اليومية: دعم نفسي واجتماعي في المدارس، وتكوين وأنشطة اجتماعية لجاليتها الكبيرة من المهاجرين، ومرصد خاص بالمهاجرين، ولجنة بلدية تمنح الشباب صوتًا في القرار.',
      coverAlt: 'كلمة سوسة على خلفية زرقاء',
      body: [
        '## السياق',
        'لا تقدّم سوسة، الواقعة على الساحل الشرقي لتونس، برامجها على أنها برامج لمكافحة التطرف، بل تدرج الوقاية ضمن التنمية الحضرية، وهو ما يراه مسؤولوها سبيلًا لتفادي إضفاء طابع أمني على الخدمات الاجتماعية.',
        '## ثلاثة محاور عمل',
        '- المدرسة: تقدّم منظمات المجتمع المدني جلسات توعية نفسية واجتماعية وأشكالًا أخرى من الدعم للمعلمين والتلاميذ، بهدف الحدّ من العنف المدرسي والانقطاع عن الدراسة.',
        '- المهاجرون: دورات لتعزيز قابلية التشغيل تُنظَّم مع شركاء دوليين ومن القطاع الخاص، وأنشطة ثقافية ورياضية تجمع الوافدين الجدد بالسكان القدامى، ومرصد للمهاجرين يتابع الآثار الاجتماعية للهجرة ويساعد المهاجرين على الاستقرار.',
        '- الشباب: لجنة بلدية مخصّصة للشباب تضمن أن تؤخذ احتياجاتهم وهمومهم في الحسبان عند اتخاذ القرارات البلدية.',
        '## أين عُرضت هذه التجربة',
        'عرضت سوسة هذه المقاربة خلال الحوار الذي نظّمته شبكة المدن القوية بين مدن الشرق الأوسط وشمال أفريقيا والمديرية التنفيذية للجنة مكافحة الإرهاب، على هامش القمة العالمية الرابعة في نيويورك في أيلول/سبتمبر 2023.',
      ],
      spotlight: {
        practice: 'وقاية مجتمعية عبر المدرسة وإدماج المهاجرين ومشاركة الشباب',
        keyFigures: [
          { label: 'البلد', value: 'تونس' },
          { label: 'محاور العمل', value: '3' },
          { label: 'هياكل مخصّصة', value: 'مرصد المهاجرين؛ اللجنة البلدية للشباب' },
        ],
        outcomes: [
          'دعم المعلمين والتلاميذ في مواجهة العنف المدرسي والانقطاع عن الدراسة',
          'مساعدة المهاجرين على الاندماج في سوق العمل وفي الحياة الاجتماعية للمدينة',
          'منح الشباب قناة رسمية للتأثير في القرار البلدي',
        ],
      },
    },
  },
};

const nansana: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-nansana',
  status: 'published',
  sample: true,
  publicationDate: '2024-02-14',
  themes: ['social-cohesion'],
  audiences: ['officials'],
  regions: ['africa'],
  cities: ['nansana'],
  partners: {},
  related: ['guide-for-cities', 'spotlight-masaka'],
  cover: { hue: 84, label: 'Nansana' },
  spotlight: { city: 'nansana' },
  locales: {
    en: {
      title: 'Nansana: Neighbourhood Watch as an Early Warning against Hate',
      summary:
        'Nansana, Uganda, has taken the Neighbourhood Watch model, long used against petty crime, and turned it into an early-warning system that helps residents and the municipality notice signs of hate and extremism before they escalate.',
      body: [
        '## From petty crime to prevention',
        'Neighbourhood Watch schemes are usually set up to deter burglary and other petty crime. Nansana, a municipality bordering Kampala, has applied the same model to a different problem: picking up early signs of hate and extremism.',
        '## Why it works',
        'Watch groups are made up of neighbours who know their area, so they are well placed to notice tensions and pass concerns on to the local authorities while there is still time to act.',
        'The approach illustrates a wider lesson from Strong Cities: practices not labelled as counter-extremism can be just as effective as those that are, and are often better received by residents.',
      ],
      spotlight: {
        practice: 'Neighbourhood Watch repurposed to give early warning of hate and extremism',
        keyFigures: [
          { label: 'Country', value: 'Uganda' },
          { label: 'Original purpose of the model', value: 'Petty crime prevention' },
          { label: 'New use', value: 'Early warning on hate and extremism' },
        ],
        outcomes: [
          'An existing community structure reused for prevention instead of building a new one',
          'Residents directly involved in keeping their neighbourhoods safe',
        ],
      },
    },
  },
};

const capeTown: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-cape-town',
  status: 'published',
  publicationDate: '2024-05-15',
  themes: ['soft-targets', 'global-local-cooperation'],
  audiences: ['officials'],
  regions: ['africa'],
  cities: ['cape-town'],
  partners: { partner: ['saps'] },
  related: ['summit-2023-soft-targets-workshop', 'toolkit-national-local-cooperation', 'guide-city-led-response'],
  cover: { hue: 24, label: 'Cape Town' },
  spotlight: { city: 'cape-town' },
  locales: {
    en: {
      title: 'Cape Town: Training Faith Leaders to Protect Places of Worship',
      summary:
        'The City of Cape Town works with the South African Police Service to train religious leaders in soft-target protection, so that faith communities can help the City keep places of worship safe.',
      body: [
        '## The practice',
        'Places of worship are open by design, which makes them soft targets. Cape Town has teamed up with the South African Police Service, a national body, to teach faith leaders how to protect them, turning faith communities into active partners of the City in safeguarding these spaces.',
        '## A national-local partnership',
        'The programme pairs a city government with a national police service, an example of the national-local cooperation that Strong Cities promotes. It also reflects a broader lesson: cities should draw on community actors such as religious leaders to help put local, national and international frameworks into practice.',
        '## Looking ahead',
        'Cape Town will host the Strong Cities Fifth Global Summit from 3 to 5 December 2024.',
      ],
      spotlight: {
        practice: 'Soft-target protection training for religious leaders, delivered with the national police',
        keyFigures: [
          { label: 'Country', value: 'South Africa' },
          { label: 'Partner', value: 'South African Police Service' },
          { label: 'Fifth Global Summit', value: '3–5 December 2024' },
        ],
        outcomes: [
          'Religious leaders equipped to support the City in safeguarding places of worship',
          'A working channel between the City and national police on protecting public spaces',
        ],
      },
    },
  },
};

const wroclaw: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-wroclaw',
  status: 'published',
  publicationDate: '2024-01-25',
  themes: ['rehabilitation-reintegration', 'youth-engagement'],
  audiences: ['officials'],
  regions: ['europe'],
  cities: ['wroclaw'],
  partners: {},
  related: ['summit-2023-returnees-workshop', 'guide-for-cities'],
  cover: { hue: 0, label: 'Wrocław' },
  spotlight: { city: 'wroclaw' },
  locales: {
    en: {
      title: 'Wrocław: Restorative Justice for Young Offenders',
      summary:
        'In Wrocław, Poland, the city works with civil society organisations to offer restorative justice programmes to minors who have committed petty crimes, using community service as a path to rehabilitation rather than relying on punishment alone.',
      body: [
        '## The practice',
        'Wrocław partners with civil society organisations to run restorative justice programmes for minors who have committed petty offences. Rather than relying on punishment alone, young people carry out community service as part of their rehabilitation.',
        '## Why it matters for prevention',
        'Restorative approaches aim to repair harm and keep young people connected to their community, strengthening the ties that help protect them from harmful influences, extremist ones included.',
        '## Partnerships',
        'The scheme shows a city drawing on community-based actors, here civil society organisations, to deliver a service it could not provide as well on its own.',
      ],
      spotlight: {
        practice: 'Restorative justice and community service for minors, delivered with civil society',
        keyFigures: [
          { label: 'Country', value: 'Poland' },
          { label: 'Target group', value: 'Minors who committed petty crimes' },
          { label: 'Delivery partners', value: 'Civil society organisations' },
        ],
        outcomes: [
          'Minors offered a rehabilitative alternative based on community service',
          'Closer cooperation between the city and civil society on youth justice',
        ],
      },
    },
  },
};

const edmonton: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-edmonton',
  status: 'published',
  sample: true,
  publicationDate: '2024-04-10',
  themes: ['mayoral-leadership', 'social-cohesion'],
  audiences: ['officials'],
  regions: ['north-america'],
  cities: ['edmonton'],
  partners: {},
  related: ['guide-for-mayors', 'summit-2023'],
  cover: { hue: 250, label: 'Edmonton' },
  spotlight: { city: 'edmonton' },
  locales: {
    en: {
      title: 'Edmonton: A City-Wide Anti-Racism Strategy',
      summary:
        'Under Mayor Amarjeet Sohi, Edmonton has developed and is now implementing a robust anti-racism strategy, showing how a mayor can promote an inclusive city identity and commit the local government to protecting all residents from hate.',
      body: [
        '## Mayoral leadership in practice',
        'As the public face of their city, mayors can take a clear stand against hate. In Edmonton, Canada, Mayor Amarjeet Sohi has put that principle into practice by championing a city-wide anti-racism strategy, which the City developed and is now rolling out.',
        '## Working with other networks',
        'Edmonton takes part in several city networks. At the Fourth Global Summit, City representatives joined a coordination meeting of peace and security city networks to explain how such initiatives could engage cities more coherently.',
        '## Lessons for other cities',
        '- A dedicated strategy signals that tackling racism is a city priority.',
        '- Implementation, not just adoption, is what residents notice.',
      ],
      spotlight: {
        leader: { name: 'Amarjeet Sohi', role: 'Mayor of Edmonton' },
        practice: 'A city-wide anti-racism strategy championed by the mayor',
        keyFigures: [
          { label: 'Country', value: 'Canada' },
          { label: 'Strategy status', value: 'Being implemented' },
          { label: 'City networks joined', value: 'Several' },
        ],
        outcomes: [
          'A clear public commitment by the City to tackling racism',
          'Local experience fed into coordination between peace and security city networks',
        ],
      },
    },
  },
};

const masaka: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-masaka',
  status: 'published',
  publicationDate: '2023-11-28',
  themes: ['youth-engagement', 'mayoral-leadership'],
  audiences: ['officials'],
  regions: ['africa'],
  cities: ['masaka'],
  partners: {},
  related: ['summit-2023-gctf-dialogue', 'spotlight-nansana'],
  cover: { hue: 128, label: 'Masaka' },
  spotlight: { city: 'masaka' },
  locales: {
    en: {
      title: 'Masaka: Building Trust with Young People',
      summary:
        'Mayor Florence Namayanja of Masaka, Uganda, builds trust between young people and the local government by treating them as future leaders and involving them in the city’s efforts to become green, clean and liveable.',
      body: [
        '## The approach',
        'In Masaka, young people are partners in the city’s ambition to be green, clean and liveable. Mayor Florence Namayanja involves them directly in these municipal efforts and invests in them as the city’s future leaders.',
        '## Why it helps prevent harm',
        '- It builds a sense of active citizenship.',
        '- It steers young people away from harmful paths and towards healthy peer networks.',
        '- It shows them that the local government listens to what they say.',
        '## Where it was shared',
        'Mayor Namayanja described this work during the dialogue between Strong Cities and the Global Counterterrorism Forum at the Fourth Global Summit in September 2023.',
      ],
      spotlight: {
        leader: {
          name: 'Florence Namayanja',
          role: 'Mayor of Masaka',
        },
        practice: 'Involving young people as future leaders in a green, clean and liveable city',
        keyFigures: [
          { label: 'Country', value: 'Uganda' },
          { label: 'City goal', value: 'Green, clean and liveable' },
          { label: 'Shared at', value: 'Strong Cities–GCTF dialogue, 2023' },
        ],
        outcomes: [
          'Stronger trust between young people and the local government',
          'Young people steered towards active citizenship and healthy peer networks',
        ],
      },
    },
  },
};

const rabat: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-rabat',
  status: 'published',
  sample: true,
  publicationDate: '2024-05-22',
  themes: ['urban-planning', 'youth-engagement', 'mayoral-leadership'],
  audiences: ['officials'],
  regions: ['mena'],
  cities: ['rabat'],
  partners: {},
  related: ['summit-2023-mayoral-meeting', 'summit-2023-steering-committee'],
  cover: { hue: 340, label: 'Rabat' },
  spotlight: { city: 'rabat' },
  locales: {
    en: {
      title: 'Rabat: Designing Safer Public Spaces with Young People',
      summary:
        'Recognising that extremists exploit feelings of idleness and insecurity, Rabat consulted young people and civil society organisations to create safer public spaces where youth can take part in healthy activities outside school.',
      body: [
        '## The problem',
        'Extremist recruiters are quick to exploit young people’s sense of idleness and insecurity. Rabat, Morocco’s capital, chose to respond through urban planning and design.',
        '## The practice',
        'The city consulted youth and civil society organisations on how to make public spaces safer and more useful, and created places where young people can take part in healthy extracurricular activities.',
        '## Leadership',
        'Mayor Asmaa Rhlalou co-chairs the Strong Cities International Steering Committee, and in September 2023 she put her name to the New York City Mayoral Declaration alongside New York City Mayor Eric Adams at Gracie Mansion.',
        'Rabat’s work shows how urban planning, still a largely unexplored field of prevention, can strengthen social cohesion.',
      ],
      spotlight: {
        leader: { name: 'Asmaa Rhlalou', role: 'Mayor of Rabat' },
        practice: 'Safer public spaces designed in consultation with youth and civil society',
        keyFigures: [
          { label: 'Country', value: 'Morocco' },
          { label: 'Consulted', value: 'Youth and civil society organisations' },
          { label: 'Tool', value: 'Urban planning and design' },
        ],
        outcomes: [
          'Safer public spaces for young people’s extracurricular activities',
          'Youth and civil society given a say in how the city is designed',
        ],
      },
    },
  },
};

const zomba: DocSeed = {
  type: 'city-spotlight',
  key: 'spotlight-zomba',
  status: 'draft',
  sample: true,
  publicationDate: '2024-11-12',
  themes: ['social-cohesion'],
  audiences: ['officials'],
  regions: ['africa'],
  cities: ['zomba'],
  partners: {},
  related: ['guide-for-cities'],
  cover: { hue: 64, label: 'Zomba' },
  spotlight: { city: 'zomba' },
  locales: {
    en: {
      title: 'Zomba: Turning Resource Committees into Peace Forums',
      summary:
        'In Zomba, Malawi, hyper-local committees first set up to settle grievances over resources are being trained to address tensions between communities, building prevention into structures that already exist.',
      body: [
        '## Building on what exists',
        'Many cities have no formal mandate or budget for preventing hate and extremism. Zomba shows one way around that: it is training hyper-local committees, originally created to deal with grievances over resources, to handle tensions between communities as well.',
        '## Why it matters',
        'These committees already know local dynamics and are known to residents. Extending their remit brings prevention into everyday life without creating new institutions.',
        'This spotlight is being prepared with the City and will be published once the details have been confirmed.',
      ],
      spotlight: {
        practice: 'Hyper-local resource committees trained to address inter-community tensions',
        keyFigures: [
          { label: 'Country', value: 'Malawi' },
          { label: 'Structure used', value: 'Hyper-local committees' },
          { label: 'Original purpose', value: 'Resource grievances' },
        ],
        outcomes: ['Committees trained to respond to tensions between communities'],
      },
    },
  },
};

export const spotlights: DocSeed[] = [sousse, nansana, capeTown, wroclaw, edmonton, masaka, rabat, zomba];
