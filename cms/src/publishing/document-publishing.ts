/**
 * Where each language version of one document is on the public site, in the terms the edit view
 * shows editors: its address, and whether it is live, still publishing, failed, being removed or
 * no longer published. Worked out from the CMS's rows and what the publisher says is live, so
 * "live" means the page on the site was built from the version the editor published.
 */
export type VersionState = 'not-published' | 'publishing' | 'live' | 'failed' | 'removing' | 'unpublished';

export interface VersionPublishing {
  locale: string;
  state: VersionState;
  /** Its slug as last saved. */
  slug?: string;
  /** The page's full address: where it is live, or where it will be once published. */
  address?: string;
  /** When the version now published was published. */
  publishedAt?: string;
  /** Published once at least: its address no longer follows the title by itself. */
  everPublished: boolean;
}

/** One row of the document's type: a draft (publishedAt null) or a published version. */
export interface VersionRow {
  locale: string;
  slug: string | null;
  publishedAt: string | Date | number | null;
  updatedAt: string | Date | number;
}

export interface DocumentPublishingInput {
  rows: VersionRow[];
  /** Languages the document was ever published in (its recorded published addresses). */
  recordedLocales: string[];
  /** What the live site holds of the document (scripts/publish/live-versions.ts). */
  live: { siteRoot?: string; versions: { locale: string; slug: string; url: string; updatedAt: string }[] };
  lastError: { at: string } | null;
  segment: string;
  defaultLocale: string;
}

const time = (value: string | Date | number) => new Date(value).getTime();

/** A version's page address as the site's routes make it: {locale}/{segment}/{slug}/, no locale for the default. */
export const pageAddress = (
  siteRoot: string | undefined,
  {
    locale,
    defaultLocale,
    segment,
    slug,
  }: { locale: string; defaultLocale: string; segment: string; slug?: string | null },
): string | undefined =>
  slug && siteRoot ? `${siteRoot}${locale === defaultLocale ? '' : `${locale}/`}${segment}/${slug}/` : undefined;

export const documentPublishing = ({
  rows,
  recordedLocales,
  live,
  lastError,
  segment,
  defaultLocale,
}: DocumentPublishingInput): VersionPublishing[] => {
  const locales = [...new Set([...rows.map((row) => row.locale), ...live.versions.map((version) => version.locale)])];
  const addressOf = (locale: string, slug: string | null | undefined) =>
    pageAddress(live.siteRoot, { locale, defaultLocale, segment, slug });
  return locales
    .sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale) || a.localeCompare(b))
    .map((locale): VersionPublishing => {
      const published = rows.find((row) => row.locale === locale && row.publishedAt !== null);
      const draft = rows.find((row) => row.locale === locale && row.publishedAt === null);
      const onSite = live.versions.find((version) => version.locale === locale);
      const everPublished = Boolean(published) || recordedLocales.includes(locale);
      const slug = (draft ?? published)?.slug ?? undefined;
      if (!published)
        return {
          locale,
          slug,
          state: onSite ? 'removing' : everPublished ? 'unpublished' : 'not-published',
          address: onSite?.url ?? addressOf(locale, draft?.slug),
          everPublished,
        };
      const publishedAt = new Date(published.publishedAt!).toISOString();
      const isLive = onSite !== undefined && time(onSite.updatedAt) === time(published.updatedAt);
      const failed = !isLive && lastError !== null && time(lastError.at) > time(publishedAt);
      return {
        locale,
        slug,
        state: isLive ? 'live' : failed ? 'failed' : 'publishing',
        address: isLive ? onSite.url : addressOf(locale, published.slug),
        publishedAt,
        everPublished,
      };
    });
};
