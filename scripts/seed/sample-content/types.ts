/**
 * The shape of the hand-written sample content. Facts come from ../shared/seeds/, the wording is
 * ours. Everything refers to everything else by a stable `key`, never by a Strapi id, so the seed
 * can find what it already wrote and stay idempotent.
 */
import type { Blocks, PartnerRole } from '@resource-hub/content-types';

export type Locale = 'en' | 'fr' | 'es' | 'ar';

/**
 * Body text in a small line format the seed turns into Strapi blocks:
 * "## Heading" (h2), "### Heading" (h3), "- item" (consecutive items form one list),
 * "1. item" (ordered list), "> quote", anything else a paragraph.
 */
export type BodyLines = string[];

export type Translated<T> = { en: T } & Partial<Record<Exclude<Locale, 'en'>, T>>;

export interface ThemeSeed {
  key: string;
  /** One of the network's own thematic areas (content-types/model/taxonomies/theme.ts). */
  thematicArea?: boolean;
  name: Translated<string>;
  description: Translated<string>;
}
export interface RegionSeed {
  key: string;
  name: Translated<string>;
}
export interface CitySeed {
  key: string;
  name: Translated<string>;
  country: Translated<string>;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
  region: string;
  latitude: number;
  longitude: number;
}
export interface PartnerSeed {
  key: string;
  name: Translated<string>;
  website?: string;
  /** What the partner asks to be printed where it is credited as a funder. */
  acknowledgement?: Translated<string>;
  /** A placeholder logo is drawn in this hue (the seeds hold no logo files). */
  logoHue?: number;
}

export interface HubSeed {
  key: string;
  name: Translated<string>;
  region: string;
  description: Translated<string>;
  contact: { name: string; role: Translated<string>; email: string };
}

export interface KeyFigureSeed {
  label: string;
  value: string;
}

/** Fields that differ per language. */
export interface LocalizedDocSeed {
  title: string;
  /** Plain text, at most 300 characters. */
  summary: string;
  /** Lines for hand-written content; generated content (scripts/bench) gives Strapi blocks directly. */
  body: BodyLines | Blocks;
  coverAlt?: string;
  toolkit?: { modules: { title: string; description: string }[] };
  spotlight?: {
    leader?: { name: string; role: string; quote?: string };
    practice: string;
    keyFigures: KeyFigureSeed[];
    outcomes: string[];
  };
  eventReport?: { participantFigures: KeyFigureSeed[]; outcomes: string[] };
}

export interface AttachmentSeed {
  key: string;
  title: string;
  language: Locale;
  /** The PDF's text: headings as "## ...", paragraphs otherwise. Real text: later issues search inside it. */
  pages: BodyLines[];
}

export interface DocSeed {
  type: 'guide' | 'toolkit' | 'city-spotlight' | 'event-report';
  key: string;
  /** Every writer states the status it means; at least one sample stays a draft. */
  status: 'published' | 'draft';
  /**
   * Set when the document goes beyond what the network's documents (shared/seeds/) state: chapters,
   * words or figures written for the sample. Its page and cards say so.
   */
  sample?: true;
  /** The date the document bears, YYYY-MM-DD. */
  publicationDate: string;
  themes: string[];
  /** Who it is written for: keys of the standard audiences (cms/src/audiences/). */
  audiences: string[];
  regions: string[];
  cities: string[];
  /** Partner keys by the role they had (content-types/model/components.ts). */
  partners: Partial<Record<PartnerRole, string[]>>;
  related?: string[];
  /** Cover drawn locally with sharp: a hue (0-359) and a short label printed on it. */
  cover?: { hue: number; label: string };
  attachments?: AttachmentSeed[];
  guide?: { edition: string };
  toolkit?: { caseStudies: string[] };
  spotlight?: { city: string };
  eventReport?: {
    startDate: string;
    endDate: string;
    venueCity?: string;
    /** The regional hub that ran it, by key. */
    hub?: string;
    parentEvent?: string;
  };
  locales: Translated<LocalizedDocSeed>;
}

/** The home page settings: what it features, and the identity fields in each language. */
export interface HomePageSeed {
  /** Documents shown first on the home page, by key, in order. */
  featured: string[];
  locales: Translated<{
    leadText?: string;
    fundersLine?: string;
    footerLinks?: { label: string; url: string }[];
  }>;
}

export interface SampleContent {
  themes: ThemeSeed[];
  regions: RegionSeed[];
  cities: CitySeed[];
  partners: PartnerSeed[];
  hubs: HubSeed[];
  documents: DocSeed[];
  homePage?: HomePageSeed;
}
