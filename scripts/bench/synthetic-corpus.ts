/**
 * A deterministic synthetic corpus for the bench: N documents across the four types, in the shape
 * of the hand-written sample content (scripts/seed/sample-content/types.ts) so the seed's own
 * code loads it. Same N and seed, same corpus, byte for byte: every choice comes from one seeded
 * generator, dates are computed from day numbers, nothing reads the clock or the machine.
 *
 * Media are a fixed set whatever N: 50 cover images (drawn by synthetic-images.ts) shared by all
 * documents, and a few PDFs attached to about 5% of them.
 */
import { STANDARD_AUDIENCES } from '@resource-hub/cms/audiences/standard-audiences';
import { documentTypes, type DocumentSiteModel } from '@resource-hub/content-types';
import { sampleContent } from '../seed/sample-content/index.js';
import type {
  AttachmentSeed,
  CitySeed,
  DocSeed,
  KeyFigureSeed,
  LocalizedDocSeed,
  SampleContent,
  Translated,
} from '../seed/sample-content/types.js';
import { Random } from './random.js';
import {
  AUDIENCES,
  cap,
  type DocType,
  EVENT_KINDS,
  type EventKind,
  FIRST_NAMES,
  formatNumber,
  frA,
  frDe,
  KEY_FIGURES,
  LAST_NAMES,
  LONG_BODY,
  OUTCOME_STATEMENTS,
  PARTICIPANT_FIGURES,
  PRACTICES,
  type Scene,
  SHORT_BODY,
  type TextLocale,
  titleCase,
  TOOLKIT_STEPS,
  TOPICS,
  type Tri,
  writeBody,
  Writer,
} from './synthetic-text.js';
import { syntheticCities, syntheticPartners, syntheticRegions, syntheticThemes } from './synthetic-taxonomies.js';

/** Each type's share of the corpus, from the model (`site.corpusShare`), largest first. */
export const TYPE_SHARES = Object.fromEntries(
  documentTypes
    .map((type) => [type.name, (type.site as DocumentSiteModel).corpusShare] as const)
    .sort(([, a], [, b]) => b - a),
) as Record<DocType, number>;
/** Share of documents that also exist in French, and in Arabic. */
export const LOCALE_SHARES = { fr: 0.15, ar: 0.05 } as const;
export const ATTACHMENT_SHARE = 0.05;
export const IMAGE_COUNT = 50;
export const FIRST_DAY = '2012-01-01';
export const LAST_DAY = '2026-12-31';
export const SUMMARY_LIMIT = 300;

export type Motif = 'circles' | 'stripes' | 'blocks' | 'waves' | 'skyline';

export interface SyntheticImage {
  key: string;
  /** The file name in the media library. */
  name: string;
  hue: number;
  motif: Motif;
  /** Seeds the placement of shapes, so two images of one motif and hue never match. */
  variant: number;
  alt: Tri;
}

export interface SyntheticDocument extends DocSeed {
  /** Key of the shared image used as cover, from `images`. */
  coverImage: string;
}

export interface SyntheticCorpus extends SampleContent {
  size: number;
  seed: string;
  documents: SyntheticDocument[];
  images: SyntheticImage[];
  pdfs: AttachmentSeed[];
}

export interface CorpusOptions {
  /** Another seed gives another corpus of the same size. */
  seed?: string;
}

const DAY_MS = 86_400_000;
const DAY0 = Date.parse(`${FIRST_DAY}T00:00:00Z`);
const DAYS = (Date.parse(`${LAST_DAY}T00:00:00Z`) - DAY0) / DAY_MS + 1;
const isoDay = (day: number) => new Date(DAY0 + day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: number) => new Date(DAY0 + day * DAY_MS).getUTCFullYear();
const MONTHS: Tri[] = [
  ['January', 'janvier'],
  ['February', 'février'],
  ['March', 'mars'],
  ['April', 'avril'],
  ['May', 'mai'],
  ['June', 'juin'],
  ['July', 'juillet'],
  ['August', 'août'],
  ['September', 'septembre'],
  ['October', 'octobre'],
  ['November', 'novembre'],
  ['December', 'décembre'],
].map(([en, fr]) => ({ en, fr, ar: '' }));
const monthOf = (day: number, locale: TextLocale) => MONTHS[new Date(DAY0 + day * DAY_MS).getUTCMonth()][locale];

/** Splits `total` by shares (largest remainders), so counts always add up to total. */
export const apportion = <K extends string>(total: number, shares: Record<K, number>): Record<K, number> => {
  const keys = Object.keys(shares) as K[];
  const exact = keys.map((key) => total * shares[key]);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, index) => index).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let left = total - counts.reduce((sum, count) => sum + count, 0), n = 0; left > 0; left -= 1, n += 1)
    counts[order[n]] += 1;
  return Object.fromEntries(keys.map((key, index) => [key, counts[index]])) as Record<K, number>;
};

/** At most SUMMARY_LIMIT characters: as many whole sentences as fit, else the first one shortened. */
const fit = (sentences: string[]): string => {
  let summary = '';
  for (const sentence of sentences) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (next.length > SUMMARY_LIMIT) break;
    summary = next;
  }
  if (summary) return summary;
  const cut = sentences[0].slice(0, SUMMARY_LIMIT - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
};

const COLOURS: { hue: number; name: Tri }[] = [
  { hue: 4, name: { en: 'red', fr: 'rouges', ar: 'اللون الأحمر' } },
  { hue: 28, name: { en: 'orange', fr: 'orangés', ar: 'اللون البرتقالي' } },
  { hue: 48, name: { en: 'yellow', fr: 'jaunes', ar: 'اللون الأصفر' } },
  { hue: 128, name: { en: 'green', fr: 'verts', ar: 'اللون الأخضر' } },
  { hue: 172, name: { en: 'teal', fr: 'bleu-vert', ar: 'اللون الفيروزي' } },
  { hue: 198, name: { en: 'light blue', fr: 'bleu clair', ar: 'اللون الأزرق الفاتح' } },
  { hue: 218, name: { en: 'blue', fr: 'bleus', ar: 'اللون الأزرق' } },
  { hue: 246, name: { en: 'indigo', fr: 'indigo', ar: 'اللون النيلي' } },
  { hue: 278, name: { en: 'purple', fr: 'violets', ar: 'اللون البنفسجي' } },
  { hue: 330, name: { en: 'pink', fr: 'roses', ar: 'اللون الوردي' } },
];

const MOTIFS: { motif: Motif; alt: Tri }[] = [
  {
    motif: 'circles',
    alt: {
      en: 'Abstract illustration of overlapping circles',
      fr: 'Illustration abstraite de cercles qui se chevauchent',
      ar: 'رسم تجريدي لدوائر متداخلة',
    },
  },
  {
    motif: 'stripes',
    alt: {
      en: 'Abstract illustration of diagonal bands',
      fr: 'Illustration abstraite de bandes diagonales',
      ar: 'رسم تجريدي لأشرطة مائلة',
    },
  },
  {
    motif: 'blocks',
    alt: {
      en: 'Abstract illustration of squares like city blocks seen from above',
      fr: 'Illustration abstraite de carrés, comme des pâtés de maisons vus du ciel',
      ar: 'رسم تجريدي لمربعات تشبه أحياء مدينة من الأعلى',
    },
  },
  {
    motif: 'waves',
    alt: {
      en: 'Abstract illustration of layered waves',
      fr: 'Illustration abstraite de vagues superposées',
      ar: 'رسم تجريدي لموجات متراكبة',
    },
  },
  {
    motif: 'skyline',
    alt: {
      en: 'Abstract illustration of a city skyline',
      fr: 'Illustration abstraite d’une silhouette de ville',
      ar: 'رسم تجريدي لأفق مدينة',
    },
  },
];

/** The 50 shared covers: every motif in every colour. */
export const syntheticImages = (): SyntheticImage[] =>
  Array.from({ length: IMAGE_COUNT }, (_, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const { motif, alt } = MOTIFS[Math.floor(index / COLOURS.length) % MOTIFS.length];
    const key = `synthetic-cover-${String(index + 1).padStart(2, '0')}`;
    return {
      key,
      name: `${key}.jpg`,
      hue: colour.hue,
      motif,
      variant: index,
      alt: {
        en: `${alt.en} in shades of ${colour.name.en}`,
        fr: `${alt.fr}, dans des tons ${colour.name.fr}`,
        ar: `${alt.ar} بدرجات ${colour.name.ar}`,
      },
    };
  });

const PDF_TITLES: { title: string; language: 'en' | 'fr' }[] = [
  { title: 'Local Prevention Networks: Full Report', language: 'en' },
  { title: 'Youth Engagement Handbook', language: 'en' },
  { title: 'Summit Outcomes and Commitments', language: 'en' },
  { title: 'Evaluation Framework for City-Led Prevention', language: 'en' },
  { title: 'Prévention locale : rapport complet', language: 'fr' },
  { title: 'Guide de l’animateur', language: 'fr' },
];

/** The fixed PDFs: a few pages of text each, the same whatever the corpus size. */
export const syntheticPdfs = (): AttachmentSeed[] => {
  const rng = new Random('synthetic-pdfs');
  return PDF_TITLES.map(({ title, language }, index) => {
    const scene: Scene = {
      city: rng.pick(syntheticCities),
      others: rng.sample(syntheticCities, 5),
      year: rng.int(2015, 2025),
      topic: rng.pick(TOPICS),
      partners: [],
    };
    const writer = new Writer(language, rng, scene);
    const pages = Array.from({ length: rng.int(3, 4) }, () =>
      writer
        .headings('guide', 2)
        .flatMap((heading) => [
          `## ${heading}`,
          ...Array.from({ length: rng.int(2, 3) }, () => writer.paragraph(4, 6)),
        ]),
    );
    return { key: `synthetic-report-${index + 1}`, title, language, pages };
  });
};

interface EventInfo {
  key: string;
  kind: EventKind;
  city: CitySeed;
  start: number;
  end: number;
  publication: number;
}

type Localized = Translated<LocalizedDocSeed>;
const regionOf = (city: CitySeed) => syntheticRegions.find((region) => region.key === city.region)!;

class CorpusBuilder {
  private readonly rng: Random;
  private readonly titles: Record<TextLocale, Set<string>> = { en: new Set(), fr: new Set(), ar: new Set() };
  readonly documents: SyntheticDocument[] = [];
  private readonly parents: EventInfo[] = [];
  private readonly spotlights: string[] = [];
  private readonly linkable = syntheticPartners.filter((partner) => partner.website);

  constructor(
    private readonly size: number,
    seed: string,
    private readonly images: SyntheticImage[],
    private readonly pdfs: AttachmentSeed[],
  ) {
    this.rng = new Random(`${seed}:${size}`);
    // Loading after the sample content must not meet a title it already holds.
    for (const doc of sampleContent.documents)
      for (const locale of ['en', 'fr', 'ar'] as const) {
        const title = doc.locales[locale]?.title;
        if (title) this.titles[locale].add(title.toLowerCase());
      }
  }

  build(): SyntheticDocument[] {
    const { rng, size } = this;
    const counts = apportion(size, TYPE_SHARES);
    const types = rng.shuffle(
      (Object.keys(counts) as DocType[]).flatMap((type) => Array<DocType>(counts[type]).fill(type)),
    );
    const chosen = (share: number) =>
      new Set(rng.shuffle(types.map((_, index) => index)).slice(0, Math.round(size * share)));
    const french = chosen(LOCALE_SHARES.fr);
    const arabic = chosen(LOCALE_SHARES.ar);
    const withPdf = chosen(ATTACHMENT_SHARE);
    types.forEach((type, index) => {
      const locales: TextLocale[] = [
        'en',
        ...(french.has(index) ? (['fr'] as const) : []),
        ...(arabic.has(index) ? (['ar'] as const) : []),
      ];
      this.documents.push(this.document(type, index, locales, withPdf.has(index)));
    });
    return this.documents;
  }

  /** A title no other document has in that language: a few fresh tries, then a year or a number added. */
  private title(locale: TextLocale, attempt: () => string, year: number): string {
    const taken = this.titles[locale];
    let title = attempt();
    for (let tries = 0; tries < 8 && taken.has(title.toLowerCase()); tries += 1) title = attempt();
    const base = title;
    if (taken.has(title.toLowerCase())) title = `${base} (${year})`;
    for (let n = 2; taken.has(title.toLowerCase()); n += 1) title = `${base} (${n})`;
    taken.add(title.toLowerCase());
    return title;
  }

  private document(type: DocType, index: number, locales: TextLocale[], withPdf: boolean): SyntheticDocument {
    const { rng } = this;
    const city = rng.pick(syntheticCities);
    const others = rng.sample(
      syntheticCities.filter((other) => other !== city),
      5,
    );
    const publication = rng.int(0, DAYS - 1);
    const scene: Scene = {
      city,
      others,
      year: yearOf(publication),
      topic: rng.pick(TOPICS),
      partners: rng.sample(syntheticPartners, rng.int(0, 3)),
    };
    const cityKeys = [city.key, ...rng.sample(others, rng.int(0, 2)).map((other) => other.key)];
    const image = rng.pick(this.images);
    const partner = rng.chance(0.25) ? rng.pick(this.linkable) : undefined;
    const doc: SyntheticDocument = {
      type,
      key: `synthetic-${type}-${String(index + 1).padStart(5, '0')}`,
      status: 'published',
      publicationDate: isoDay(publication),
      themes: rng.sample(syntheticThemes, rng.int(1, 3)).map((theme) => theme.key),
      // By position, not by the random draws: the rest of the corpus stays as it was.
      audiences: [STANDARD_AUDIENCES[index % STANDARD_AUDIENCES.length]!.key],
      regions: [],
      cities: cityKeys,
      partners: { partner: scene.partners.map((item) => item.key) },
      coverImage: image.key,
      locales: {} as Localized,
    };
    if (index > 0 && rng.chance(0.5))
      doc.related = [
        ...new Set(Array.from({ length: rng.int(1, 3) }, () => this.documents[rng.int(0, index - 1)].key)),
      ];
    if (withPdf) doc.attachments = [rng.pick(this.pdfs)];

    const specific = this.typeSpecific(doc, scene, publication);
    doc.regions = [...new Set(doc.cities.map((key) => syntheticCities.find((item) => item.key === key)!.region))];
    for (const locale of locales) {
      const w = new Writer(locale, rng, scene);
      const fields = specific(w);
      const link = partner ? { label: partner.name[locale] ?? partner.name.en, url: partner.website! } : undefined;
      doc.locales[locale] = {
        ...fields,
        body: writeBody(w, type, locale === 'en' ? LONG_BODY : SHORT_BODY, link),
        coverAlt: image.alt[locale],
      };
    }
    return doc;
  }

  /** Sets the type's own shared fields on `doc`; returns how to write its localized fields. */
  private typeSpecific(
    doc: SyntheticDocument,
    scene: Scene,
    publication: number,
  ): (w: Writer) => Omit<LocalizedDocSeed, 'body'> {
    switch (doc.type) {
      case 'guide':
        return this.guide(doc, scene);
      case 'toolkit':
        return this.toolkit(doc, scene);
      case 'city-spotlight':
        return this.spotlight(doc, scene);
      case 'event-report':
        return this.eventReport(doc, scene, publication);
    }
  }

  private guide(doc: SyntheticDocument, scene: Scene) {
    const { rng } = this;
    doc.guide = {
      edition: rng.chance(0.75) ? String(scene.year) : rng.pick(['Second edition', 'Updated edition', 'Third edition']),
    };
    const audience = rng.pick(AUDIENCES);
    const region = regionOf(scene.city);
    return (w: Writer) => {
      const other = w.other();
      const titles: Record<TextLocale, () => string> = {
        en: () => {
          scene.topic = rng.pick(TOPICS);
          const angle = rng.pick([
            'A Practical Guide for Cities',
            'A Guide for Mayors and Municipal Officials',
            'What Local Governments Can Do',
            'A Handbook for Frontline Practitioners',
            'Principles and Practice',
            'A Step-by-Step Guide',
            'Getting Started',
            'Guidance for Local Prevention Coordinators',
            'Questions and Answers for City Officials',
            `Lessons from ${rng.int(5, 40)} Cities`,
          ]);
          return rng.chance(0.2)
            ? `${scene.topic.title} in ${region.name.en}: ${angle}`
            : `${scene.topic.title}: ${angle}`;
        },
        fr: () =>
          `${scene.topic.frTitle} : ${rng.pick([
            'guide pratique pour les villes',
            'guide à l’intention des maires',
            'ce que peuvent faire les collectivités',
            'manuel pour les praticiens',
            'principes et pratiques',
            'repères pour les élus locaux',
            `les leçons de ${rng.int(5, 40)} villes`,
          ])}`,
        ar: () =>
          `${scene.topic.ar}: ${rng.pick(['دليل عملي للمدن', 'دليل لرؤساء البلديات', 'ما الذي يمكن للحكومات المحلية فعله', 'مبادئ وممارسات', 'دليل للعاملين الميدانيين', `دروس من ${rng.int(11, 40)} مدينة`])}`,
      };
      const title = this.title(w.locale, titles[w.locale], scene.year);
      const summary: Record<TextLocale, string[]> = {
        en: [
          `This guide explains how local governments can approach ${scene.topic.en}, drawing on the experience of ${w.city()} and ${other}.`,
          `It is written for ${audience.en.toLowerCase()}.`,
        ],
        fr: [
          `Ce guide présente des pistes concrètes pour les villes sur ${scene.topic.fr}, à partir de l’expérience ${frDe(w.city())} et ${frDe(other)}.`,
          `Public : ${audience.fr.toLowerCase()}.`,
        ],
        ar: [`يشرح هذا الدليل كيف يمكن للمدن العمل على ${scene.topic.ar}، استنادًا إلى تجربة ${w.city()} و${other}.`],
      };
      return { title, summary: fit(summary[w.locale]) };
    };
  }

  private toolkit(doc: SyntheticDocument, scene: Scene) {
    const { rng } = this;
    doc.toolkit = { caseStudies: rng.sample(this.spotlights, rng.int(1, 3)) };
    const steps = rng.sample(TOOLKIT_STEPS, rng.int(3, 6));
    const audience = rng.pick(AUDIENCES);
    const region = regionOf(scene.city);
    return (w: Writer) => {
      const titles: Record<TextLocale, () => string> = {
        en: () => {
          scene.topic = rng.pick(TOPICS);
          return rng.pick([
            `${scene.topic.title} Toolkit`,
            `${rng.pick(['Practitioner', 'Facilitator', 'Municipal', 'Training', 'Community'])} Toolkit: ${scene.topic.title}`,
            `${scene.topic.title}: A Toolkit for ${titleCase(audience.en)}`,
            `${scene.topic.title}: ${steps.length} Steps for Cities in ${region.name.en}`,
          ]);
        },
        fr: () =>
          rng.pick([
            `Boîte à outils : ${scene.topic.frTitle}`,
            `${scene.topic.frTitle} : boîte à outils pour ${audience.fr.toLowerCase()}`,
          ]),
        ar: () =>
          rng.pick([
            `مجموعة أدوات: ${scene.topic.ar}`,
            `${scene.topic.ar}: مجموعة أدوات عملية`,
            `دليل تدريبي: ${scene.topic.ar}`,
          ]),
      };
      const title = this.title(w.locale, titles[w.locale], scene.year);
      const summary: Record<TextLocale, string[]> = {
        en: [
          `A step-by-step toolkit on ${scene.topic.en}, with ${steps.length} modules, practical exercises and case studies from ${w.city()} and ${w.other()}.`,
          `${cap(w.lesson())}.`,
        ],
        fr: [
          `Une boîte à outils en ${steps.length} modules sur ${scene.topic.fr}, avec des exercices pratiques et des études de cas ${frDe(w.city())} et ${frDe(w.other())}.`,
        ],
        ar: [`مجموعة أدوات عملية حول ${scene.topic.ar} تضم ${steps.length} وحدات وتمارين تطبيقية ودراسات حالة.`],
      };
      const modules = steps.map((step) => ({ title: step[w.locale], description: w.paragraph(2, 3) }));
      return { title, summary: fit(summary[w.locale]), toolkit: { modules } };
    };
  }

  private spotlight(doc: SyntheticDocument, scene: Scene) {
    const { rng } = this;
    doc.spotlight = { city: scene.city.key };
    this.spotlights.push(doc.key);
    let practice = rng.pick(PRACTICES);
    const [first, firstAr, gender] = rng.pick(FIRST_NAMES);
    const [last, lastAr] = rng.pick(LAST_NAMES);
    const deputy = rng.chance(0.3);
    const quoted = rng.chance(0.8);
    const figures = rng
      .sample(KEY_FIGURES, rng.int(2, 3))
      .map((figure) => ({ figure, value: rng.int(figure.min, figure.max) }));
    const outcomes = rng.sample(OUTCOME_STATEMENTS, rng.int(2, 4));
    return (w: Writer) => {
      const city = w.city();
      const titles: Record<TextLocale, () => string> = {
        en: () => {
          practice = rng.pick(PRACTICES);
          return rng.chance(0.8) ? `${city}: ${practice.en}` : `${practice.en} in ${city}`;
        },
        fr: () => `${city} : ${practice.fr}`,
        ar: () => `${city}: ${practice.ar}`,
      };
      const title = this.title(w.locale, titles[w.locale], scene.year);
      const issue = w.issue();
      const summary: Record<TextLocale, string[]> = {
        en: [
          `${city}, ${w.country()}, shows how a city can ${w.activity()} to address ${issue}.`,
          `${cap(w.outcome())}.`,
        ],
        fr: [
          `Comment ${city} (${w.country()}) a choisi ${frDe(w.activity())} pour répondre ${frA(issue)}.`,
          `${cap(w.outcome())}.`,
        ],
        ar: [
          `كيف تواجه ${city} (${w.country()}) ${issue} من خلال ${w.activity()}.`,
          `ومن أبرز النتائج ${w.outcome()}.`,
        ],
      };
      const roles: Record<TextLocale, string> = {
        en: `${deputy ? 'Deputy Mayor' : 'Mayor'} of ${city}`,
        fr: `${deputy ? `Maire ${gender === 'f' ? 'adjointe' : 'adjoint'}` : 'Maire'} ${frDe(city)}`,
        ar: `${deputy ? (gender === 'f' ? 'نائبة رئيس' : 'نائب رئيس') : gender === 'f' ? 'رئيسة' : 'رئيس'} بلدية ${city}`,
      };
      const keyFigures: KeyFigureSeed[] = figures.map(({ figure, value }) => ({
        value: formatNumber(value, w.locale),
        label: figure.label[w.locale],
      }));
      return {
        title,
        summary: fit(summary[w.locale]),
        spotlight: {
          leader: quoted
            ? {
                name: w.locale === 'ar' ? `${firstAr} ${lastAr}` : `${first} ${last}`,
                role: roles[w.locale],
                quote: w.quote(),
              }
            : undefined,
          practice: w.paragraph(2, 3),
          keyFigures,
          outcomes: outcomes.map((outcome) => outcome[w.locale]),
        },
      };
    };
  }

  /** When and where an event took place: a session of an earlier event, online, or in the scene's city. */
  private placeEvent(doc: SyntheticDocument, scene: Scene, publication: number) {
    const { rng } = this;
    const parent = this.parents.length > 0 && rng.chance(0.3) ? rng.pick(this.parents) : undefined;
    const kind = parent?.kind ?? rng.pick(EVENT_KINDS);
    const online = !parent && !kind.hasSessions && rng.chance(0.15);
    let start: number;
    let end: number;
    if (parent) {
      scene.city = parent.city;
      scene.others = scene.others.filter((other) => other !== parent.city);
      doc.cities = [parent.city.key, ...doc.cities.filter((key) => key !== parent.city.key)];
      start = end = rng.int(parent.start, parent.end);
      publication = Math.min(DAYS - 1, parent.publication + rng.int(0, 14));
      doc.publicationDate = isoDay(publication);
    } else {
      start = publication - rng.int(5, 60);
      end = start + rng.int(0, 3);
    }
    scene.year = yearOf(start);
    const organisers = [
      'strong-cities-network',
      ...rng.sample(syntheticPartners.slice(1), rng.int(0, 1)).map((partner) => partner.key),
    ];
    doc.partners = {
      'co-organiser': organisers,
      partner: (doc.partners.partner ?? []).filter((key) => !organisers.includes(key)),
    };
    doc.eventReport = {
      startDate: isoDay(start),
      endDate: isoDay(end),
      venueCity: online ? undefined : scene.city.key,
      parentEvent: parent?.key,
    };
    if (kind.hasSessions && !parent)
      this.parents.push({ key: doc.key, kind, city: scene.city, start, end, publication });
    return { parent, kind, online, start };
  }

  private eventReport(doc: SyntheticDocument, scene: Scene, publication: number) {
    const { rng } = this;
    const { parent, kind, online, start } = this.placeEvent(doc, scene, publication);
    const participants = rng.int(4, 90) * 10;
    const cities = rng.int(11, 60);
    const figures = rng
      .sample(PARTICIPANT_FIGURES, rng.int(2, 3))
      .map((figure) => ({ figure, value: rng.int(figure.min, figure.max) }));
    const outcomes = rng.sample(OUTCOME_STATEMENTS, rng.int(2, 4));
    return (w: Writer) => {
      const city = w.city();
      const { year } = scene;
      const month = monthOf(start, w.locale);
      const titles: Record<TextLocale, () => string> = parent
        ? {
            en: () => {
              scene.topic = rng.pick(TOPICS);
              return `${scene.topic.title}: Session at the ${kind.name.en}, ${city} ${year}`;
            },
            fr: () => `${scene.topic.frTitle} — session, ${kind.name.fr}, ${city} ${year}`,
            ar: () => `جلسة حول ${scene.topic.ar} – ${kind.name.ar}، ${city} ${year}`,
          }
        : {
            en: () => {
              scene.topic = rng.pick(TOPICS);
              return online
                ? `Online ${kind.name.en} on ${scene.topic.title}, ${year}`
                : `${kind.name.en} on ${scene.topic.title}, ${city} ${year}`;
            },
            fr: () =>
              online
                ? `${kind.name.fr} en ligne sur ${scene.topic.fr}, ${year}`
                : `${kind.name.fr} sur ${scene.topic.fr}, ${city} ${year}`,
            ar: () =>
              online
                ? `${kind.name.ar} عبر الإنترنت حول ${scene.topic.ar}، ${year}`
                : `${kind.name.ar} حول ${scene.topic.ar}، ${city} ${year}`,
          };
      const title = this.title(w.locale, titles[w.locale], year);
      const issue = w.issue();
      const count = formatNumber(participants, w.locale);
      const summaries: Record<TextLocale, string[]> = parent
        ? {
            en: [
              `Report of the session on ${scene.topic.en} held during the ${kind.name.en} in ${city} in ${month} ${year}.`,
              `${cap(w.lesson())}.`,
            ],
            fr: [`Compte rendu de la session « ${scene.topic.frTitle} », tenue à ${city} en ${month} ${year}.`],
            ar: [`تقرير عن جلسة حول ${scene.topic.ar} ضمن ${kind.name.ar} في ${city} عام ${year}.`],
          }
        : online
          ? {
              en: [
                `Report of the online ${kind.name.en.toLowerCase()} on ${scene.topic.en} in ${month} ${year}, which brought together ${count} participants from ${cities} cities to discuss ${issue}.`,
              ],
              fr: [
                `Compte rendu de la rencontre en ligne sur ${scene.topic.fr} organisée en ${month} ${year}, qui a réuni ${count} participants de ${cities} villes.`,
              ],
              ar: [
                `تقرير عن ${kind.name.ar} عبر الإنترنت حول ${scene.topic.ar} عام ${year}، بمشاركة أكثر من ${count} شخص.`,
              ],
            }
          : {
              en: [
                `Report of the ${kind.name.en} on ${scene.topic.en} held in ${city} in ${month} ${year}, where ${count} participants from ${cities} cities discussed ${issue}.`,
                'Participants agreed on next steps.',
              ],
              fr: [
                `Compte rendu de la rencontre sur ${scene.topic.fr} tenue à ${city} en ${month} ${year} : ${count} participants venus de ${cities} villes ont échangé sur ${issue}.`,
              ],
              ar: [
                `تقرير عن ${kind.name.ar} حول ${scene.topic.ar} في ${city} عام ${year}، بمشاركة أكثر من ${count} شخص من ${cities} مدينة.`,
              ],
            };
      return {
        title,
        summary: fit(summaries[w.locale]),
        eventReport: {
          participantFigures: figures.map(({ figure, value }) => ({
            value: `${formatNumber(value, w.locale)}+`,
            label: figure.label[w.locale],
          })),
          outcomes: outcomes.map((outcome) => outcome[w.locale]),
        },
      };
    };
  }
}

/** The corpus for `size` documents: same size and seed, same corpus. */
export const generateSyntheticCorpus = (size: number, options: CorpusOptions = {}): SyntheticCorpus => {
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`The corpus size must be a whole number of documents, not ${size}.`);
  const seed = options.seed ?? 'resource-hub';
  const images = syntheticImages();
  const pdfs = syntheticPdfs();
  return {
    size,
    seed,
    themes: syntheticThemes,
    regions: syntheticRegions,
    cities: syntheticCities,
    partners: syntheticPartners,
    // Regional hubs are few and add nothing to measure.
    hubs: [],
    images,
    pdfs,
    documents: new CorpusBuilder(size, seed, images, pdfs).build(),
  };
};
