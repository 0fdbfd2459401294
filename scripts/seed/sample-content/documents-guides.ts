/**
 * Guides and the toolkit listed in the Resource Hub catalogue (shared/seeds/003) and launched at
 * the Fourth Global Summit (shared/seeds/001); examples are the city practices from 003. All
 * wording is ours.
 */
import type { DocSeed } from './types.js';

const guideForMayors: DocSeed = {
  type: 'guide',
  key: 'guide-for-mayors',
  status: 'published',
  sample: true,
  publicationDate: '2023-09-19',
  themes: ['mayoral-leadership', 'social-cohesion', 'hate-speech'],
  audiences: ['mayors'],
  regions: [],
  cities: ['edmonton', 'narayanganj', 'masaka'],
  partners: { partner: ['strong-cities-network'] },
  related: ['guide-for-cities', 'guide-city-led-response', 'spotlight-edmonton', 'summit-2023'],
  cover: { hue: 230, label: 'Guide for Mayors' },
  guide: { edition: '2023' },
  attachments: [
    {
      key: 'guide-for-mayors-pdf-en',
      title: 'A Guide for Mayors (PDF)',
      language: 'en',
      pages: [
        [
          '## Introduction',
          'Hate, extremism and polarisation are felt first in neighbourhoods, schools and public squares, and residents expect their mayor to respond. This guide is written for mayors and governors of cities of every size, and for the advisers who help them decide what to do.',
          'It does not assume a dedicated prevention mandate or budget. Most of what it suggests can be done with the authority, services and convening power a mayor already has.',
          '## How to read this guide',
          'Each chapter starts from a question a mayor is likely to ask, sets out the decisions that follow from it, and closes with examples from cities that have faced a similar situation.',
        ],
        [
          '## Understanding your city',
          'Before launching programmes, find out what is actually happening. Town hall meetings, conversations with community and faith leaders, input from young people and data held by city departments together give a picture of local tensions and grievances that no national assessment can match.',
          '## Bringing people together',
          'Prevention rarely belongs to a single department. A mayor can convene social services, education, youth, culture and public safety teams alongside civil society so that efforts reinforce each other rather than overlap.',
          '## Taking a public stand',
          'Mayors set the tone. Condemning hate whoever it targets and describing the city as a home for all its residents sends a signal that policies alone cannot. In Edmonton, Mayor Amarjeet Sohi has backed this with a city-wide anti-racism strategy.',
        ],
        [
          '## Making it last',
          'Programmes tied to one person tend to end with their term. Embedding prevention in existing structures, publishing results and building cross-party support all help work survive a change of administration.',
          '## Learning from peers',
          'Narayanganj in Bangladesh has invested in engaging and including minority communities under Mayor Ivy, and Masaka in Uganda treats young people as future leaders in its plans for a green, clean and liveable city. The Strong Cities Resource Hub collects many more such examples.',
        ],
      ],
    },
  ],
  locales: {
    en: {
      title: 'A Guide for Mayors: Preventing and Responding to Hate, Extremism and Polarisation',
      summary:
        'Launched at the Fourth Global Summit, this guide walks mayors through the main questions, choices and proven practices for preventing and responding to hate, extremism and polarisation in their cities.',
      body: [
        '## Who this guide is for',
        'Mayors are the public face of their city. This guide, launched in September 2023 at the Fourth Global Summit in New York, is written for them and for the advisers who support them, whether they lead a capital or a small rural town.',
        '## Key questions',
        'It is organised around the questions a mayor faces: What is happening in my city? Who should be around the table? What can I do with the mandate and resources I already have? How do I respond when something goes wrong?',
        '## Decision points',
        '- Speaking out: condemning hate whatever its target, and promoting an inclusive city identity.',
        '- Convening: bringing city departments, civil society, faith leaders and young people into one prevention effort.',
        '- Sustaining: making sure programmes outlast a single term of office.',
        '## Good practices',
        'Examples include Edmonton’s anti-racism strategy under Mayor Amarjeet Sohi, Mayor Ivy’s work on the inclusion of minorities in Narayanganj and Masaka’s investment in young people as future leaders.',
      ],
    },
    fr: {
      title: 'Guide à l’intention des maires : prévenir la haine, l’extrémisme et la polarisation et y répondre',
      summary:
        'Lancé lors du quatrième Sommet mondial, ce guide accompagne les maires pas à pas : questions essentielles, décisions à prendre et bonnes pratiques pour prévenir la haine, l’extrémisme et la polarisation dans leur ville et y répondre.',
      body: [
        '## À qui s’adresse ce guide',
        'Le maire est le visage de sa ville. Lancé en septembre 2023 lors du quatrième Sommet mondial à New York, ce guide s’adresse aux maires et à leurs conseillers, qu’ils dirigent une capitale ou une petite commune rurale.',
        '## Les questions essentielles',
        'Il s’articule autour des questions que se pose tout maire : que se passe-t-il dans ma ville ? Qui doit être autour de la table ? Que puis-je faire avec les compétences et les moyens dont je dispose déjà ? Comment réagir lorsqu’un incident survient ?',
        '## Les décisions à prendre',
        '- Prendre la parole : condamner la haine quelle qu’en soit la cible et promouvoir une identité municipale inclusive.',
        '- Rassembler : réunir services municipaux, société civile, responsables religieux et jeunes autour d’une même démarche de prévention.',
        '- Inscrire dans la durée : faire en sorte que les programmes survivent à un mandat.',
        '## Bonnes pratiques',
        'Parmi les exemples : la stratégie de lutte contre le racisme d’Edmonton portée par le maire Amarjeet Sohi, l’action de la maire Ivy pour l’inclusion des minorités à Narayanganj et l’investissement de Masaka dans les jeunes, considérés comme les responsables de demain.',
      ],
    },
  },
};

const guideForCities: DocSeed = {
  type: 'guide',
  key: 'guide-for-cities',
  status: 'published',
  sample: true,
  publicationDate: '2023-09-19',
  themes: ['social-cohesion', 'youth-engagement', 'global-local-cooperation'],
  audiences: ['officials'],
  regions: ['africa', 'europe', 'mena', 'north-america'],
  cities: ['athens-ohio', 'zomba', 'elbasan', 'cape-town', 'wroclaw', 'sousse', 'nansana', 'london', 'rabat'],
  partners: { partner: ['strong-cities-network'] },
  related: ['guide-for-mayors', 'spotlight-nansana', 'spotlight-cape-town', 'spotlight-wroclaw', 'spotlight-sousse'],
  cover: { hue: 172, label: 'Guide for Cities' },
  guide: { edition: '2023' },
  attachments: [
    {
      key: 'guide-for-cities-pdf-en',
      title: 'A Guide for Cities (PDF)',
      language: 'en',
      pages: [
        [
          '## Why local governments',
          'Cities are close to their residents and deal with them every day. They run or coordinate social, public health, youth, business, cultural and education services, which gives them many entry points for building resilience against hate and extremism, and makes them natural partners in delivering the Sustainable Development Goals.',
          'Yet many cities face the same obstacles: no formal mandate for prevention, limited resources, bureaucratic constraints, gaps in expertise and few chances to feed local experience into national and global policy. This guide shows how cities can make progress regardless.',
          '## Lesson one: leverage what you have',
          'Prevention can sit inside structures that already exist. Athens, Ohio, is building a local prevention framework with its diversity, equity and inclusion team. Zomba, Malawi, is training hyper-local committees set up for resource disputes to handle tensions between communities. In Elbasan, Albania, a Local Safety Council with a broad public safety remit also covers hate and extremism.',
        ],
        [
          '## Lesson two: invest in communities',
          'Young people, grassroots groups and religious and community leaders extend a city’s reach. Cape Town trains religious leaders with the national police to protect places of worship; Wrocław runs restorative justice programmes for minors with civil society; Sousse has a youth municipal committee that informs decisions.',
          '## Lesson three: think outside the box',
          'Practices not framed as counter-extremism are often better received. Nansana in Uganda uses Neighbourhood Watch as an early-warning system, London’s Shared Endeavour Fund backs sport and arts projects that bring young people together, and Rabat consulted youth and civil society to make public spaces safer.',
          '## Lesson four: start from real needs',
          'Assess needs with communities, design programmes with and for them, then coordinate, deliver and evaluate. Cities are best placed to respond to the threats residents actually face rather than those assumed from afar.',
        ],
      ],
    },
  ],
  locales: {
    en: {
      title: 'A Guide for Cities: Preventing Hate, Extremism and Polarisation',
      summary:
        'Practical guidance and case studies for local governments that want to prevent hate, extremism and polarisation, from folding prevention into existing services to partnering with communities and basing action on real local needs.',
      body: [
        '## Why cities',
        'Local governments know their residents, run the social, health, youth, cultural and educational services they rely on, and can coordinate across all of them. That makes them well placed to build resilience, even without a formal prevention mandate.',
        '## Leverage what you have',
        'Prevention can be built into existing structures: a diversity, equity and inclusion team in Athens, Ohio; hyper-local committees in Zomba, Malawi; a Local Safety Council in Elbasan, Albania.',
        '## Invest in communities',
        'Partnerships with community actors multiply a city’s reach, as in Cape Town’s training of religious leaders, Wrocław’s restorative justice work with civil society and Sousse’s youth municipal committee.',
        '## Think outside the box',
        'Approaches not labelled as counter-extremism often work best: Nansana’s Neighbourhood Watch, London’s Shared Endeavour Fund for sport and the arts, and Rabat’s public spaces designed with young people.',
        '## Start from local needs',
        '1. Assess needs with communities, through town halls, topic consultations and local experts.',
        '2. Develop programmes with and for communities.',
        '3. Coordinate, deliver and evaluate, with the city in the convening role.',
      ],
    },
  },
};

const guideCityLedResponse: DocSeed = {
  type: 'guide',
  key: 'guide-city-led-response',
  status: 'published',
  sample: true,
  publicationDate: '2024-03-14',
  themes: ['soft-targets', 'social-cohesion', 'mayoral-leadership'],
  audiences: ['mayors', 'officials'],
  regions: [],
  cities: [],
  partners: { partner: ['strong-cities-network'] },
  related: ['guide-for-mayors', 'summit-2023-soft-targets-workshop', 'spotlight-cape-town'],
  cover: { hue: 8, label: 'City-Led Response' },
  guide: { edition: '2024' },
  locales: {
    en: {
      title: 'A Guide for City-Led Response',
      summary:
        'Published in March 2024, this guide helps local governments prepare for and respond to hate- or extremist-motivated incidents, from protecting public spaces beforehand to supporting victims and repairing community trust afterwards.',
      body: [
        '## Why a response guide',
        'When an attack or hate incident hits a city, residents look to their local government first. UN and city participants at the Fourth Global Summit stressed that mayors have a particular role in the aftermath, especially in limiting long-term damage to social cohesion.',
        '## Before an incident',
        '- Map soft targets such as places of worship, markets and squares, and agree protection roles with national police and community leaders.',
        '- Build relationships with faith, youth and community groups before they are needed.',
        '## During and immediately after',
        '- Communicate early and clearly, and counter misinformation that can fuel reprisals.',
        '- Make sure victims and affected communities receive practical and psychosocial support.',
        '## Recovery',
        'Condemn hate whatever its target, bring communities together in shared spaces, and review what worked so the city is better prepared next time.',
      ],
    },
  },
};

const nlcToolkit: DocSeed = {
  type: 'toolkit',
  key: 'toolkit-national-local-cooperation',
  status: 'published',
  sample: true,
  publicationDate: '2023-09-19',
  themes: ['global-local-cooperation', 'social-cohesion'],
  audiences: ['national', 'officials'],
  regions: [],
  cities: ['cape-town', 'nansana', 'sousse'],
  partners: { partner: ['strong-cities-network', 'gctf'] },
  related: ['guide-for-mayors', 'guide-for-cities', 'summit-2023-gctf-dialogue'],
  cover: { hue: 140, label: 'NLC Toolkit' },
  toolkit: { caseStudies: ['spotlight-cape-town', 'spotlight-nansana', 'spotlight-sousse'] },
  attachments: [
    {
      key: 'nlc-toolkit-pdf-en',
      title: 'National-Local Cooperation Toolkit (PDF)',
      language: 'en',
      pages: [
        [
          '## About this toolkit',
          'National governments set counter-terrorism and prevention strategies, while local governments deliver many of the services and relationships that make prevention work. When the two levels do not talk to each other, programmes duplicate, miss their target or lose community trust.',
          'This toolkit was developed by Strong Cities together with the Global Counterterrorism Forum and launched at the Fourth Global Summit in September 2023. It helps national and local officials apply the GCTF good practices on national-local cooperation in preventing and countering violent extremism.',
          'Its guidance is informed by 60 case studies from around the world, showing how cooperation has been organised in very different political and administrative systems.',
        ],
        [
          '## Mapping mandates',
          'Start by setting out who does what. Which ministries, agencies and municipal departments touch prevention, which laws give them their powers, and where do responsibilities overlap or leave gaps? A shared map is often the first product of national-local dialogue.',
          '## Sharing information and building trust',
          'Regular, two-way channels matter more than formal agreements. Local governments bring knowledge of community tensions and needs; national authorities bring threat assessments, funding and policy frameworks. Both need to know what they can share and how.',
          '## Designing programmes together',
          'Joint design helps national frameworks fit local realities. Cape Town’s work with the South African Police Service to train religious leaders in protecting places of worship shows how a city and a national agency can combine their strengths.',
        ],
        [
          '## Resourcing and sustaining cooperation',
          'Cooperation needs staff time, budgets and political backing that outlast electoral cycles. Embedding it in existing structures, such as local safety councils or community committees, makes it more resilient.',
          '## Monitoring, evaluation and learning',
          'Agree on what success looks like and measure it together. Publishing results builds accountability and public trust, and gives donors the evidence they increasingly expect.',
        ],
      ],
    },
  ],
  locales: {
    en: {
      title: 'National-Local Cooperation Toolkit for Preventing and Countering Violent Extremism',
      summary:
        'Developed jointly with the Global Counterterrorism Forum, this toolkit draws on 60 case studies to show national and local governments how to put the GCTF good practices on national-local cooperation in preventing violent extremism into practice.',
      body: [
        '## What the toolkit does',
        'Prevention works best when national and local governments pull in the same direction, yet their cooperation is often ad hoc. Launched at the Fourth Global Summit in September 2023, the toolkit turns the GCTF good practices on national-local cooperation into practical steps.',
        '## Built on evidence',
        'Its guidance draws on 60 case studies of cooperation between national and local actors from around the world.',
        '## How to use it',
        'Work through the modules in order, or start with the one that matches your most pressing gap. Each module can be used on its own or as the basis of a joint national-local workshop.',
      ],
      toolkit: {
        modules: [
          {
            title: 'Map mandates and actors',
            description:
              'Chart who does what at national and local level, and where responsibilities overlap or leave gaps.',
          },
          {
            title: 'Build trust and information sharing',
            description:
              'Set up regular, two-way channels so that local insight reaches national policy and national support reaches cities.',
          },
          {
            title: 'Co-design prevention programmes',
            description:
              'Plan interventions together so that national frameworks fit local contexts and community needs.',
          },
          {
            title: 'Resource and sustain',
            description: 'Secure funding, staff and political backing that last beyond electoral cycles.',
          },
          {
            title: 'Monitor, evaluate and learn',
            description: 'Measure results together and publish them to build accountability and public trust.',
          },
        ],
      },
    },
  },
};

export const guidesAndToolkits: DocSeed[] = [guideForMayors, guideForCities, guideCityLedResponse, nlcToolkit];
