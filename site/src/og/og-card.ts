/**
 * A document's sharing image (Open Graph, 1200x630): what it shows (title, type, city, cover),
 * named by a hash of that, so a change makes a new file and link previews pick it up. The page
 * names it in og:image; the manifest lists it, and the build draws it after Astro
 * (scripts/build/og-images.ts), once per name, kept between builds.
 */
import { createHash } from 'node:crypto';
import { getImage } from 'astro:assets';
import type { CitySpotlight, EventReport, Media } from '@resource-hub/content-types';
import { mediaSourceUrl } from '../cms/media.js';
import { siteConfig } from '../config/site-config.js';
import { directionOf } from '../i18n/locales.js';
import { translator } from '../i18n/strings.js';
import { typeInfo } from '../library/document-types.js';
import { coverOf } from '../library/json-ld.js';
import { siteIdentity } from '../library/site-identity.js';
import type { Library, LibraryDocument } from '../library/library-types.js';
import type { OgCard } from '../build/manifest.js';
import { withBase } from '../library/urls.js';

// The logo's height on the card, in pixels of the 1200x630 image.
export const OG_LOGO_HEIGHT = 56;

/** The network's logo at card size, as a PNG sharp can lay on the card: made once for every card. */
const logoImages = new Map<string, Promise<OgCard['logo']>>();
const logoImage = (logo: Media): Promise<OgCard['logo']> => {
  let made = logoImages.get(logo.url);
  if (!made) logoImages.set(logo.url, (made = drawLogo(logo)));
  return made;
};
const drawLogo = async (logo: Media): Promise<OgCard['logo']> => {
  const config = siteConfig();
  const width = Math.round((OG_LOGO_HEIGHT * (logo.width ?? OG_LOGO_HEIGHT)) / (logo.height ?? OG_LOGO_HEIGHT));
  const image = await getImage({
    src: mediaSourceUrl(logo, config.cmsUrl, config.mediaOrigins),
    width,
    height: OG_LOGO_HEIGHT,
    format: 'png',
  });
  return { file: image.src, width, height: OG_LOGO_HEIGHT };
};

/** The cover at sharing size, as Astro makes it (also the page's JSON-LD image). */
export const coverImage = async (doc: LibraryDocument): Promise<string | undefined> => {
  const cover = coverOf(doc);
  if (!cover) return undefined;
  const config = siteConfig();
  const { width = 1200, height = 675 } = cover.media;
  return (
    await getImage({
      src: mediaSourceUrl(cover.media, config.cmsUrl, config.mediaOrigins),
      width: 1200,
      height: Math.round((1200 * (height ?? 675)) / (width ?? 1200)),
      format: 'jpg',
    })
  ).src;
};

export const ogCardOf = async (library: Library, doc: LibraryDocument): Promise<OgCard> => {
  const t = translator(doc.locale);
  const cityRef =
    doc.type === 'city-spotlight'
      ? (doc.entry as CitySpotlight).city
      : doc.type === 'event-report'
        ? (doc.entry as EventReport).venueCity
        : undefined;
  const city = cityRef ? library.findTerm('city', doc.locale, cityRef.documentId)?.entry.name : undefined;
  const cover = await coverImage(doc);
  const identity = siteIdentity(library, doc.locale);
  const drawn = {
    title: doc.entry.title,
    label: [t(typeInfo(doc.type).singular), city].filter(Boolean).join(' · '),
    siteName: identity.name,
    direction: directionOf(doc.locale),
    ...(cover ? { cover } : {}),
    ...(identity.logo ? { logo: await logoImage(identity.logo) } : {}),
    ...(identity.accent ? { shade: identity.accent } : {}),
  };
  // The drawing's version leads the hash: a change to how cards are drawn renames them all.
  const name = createHash('sha256')
    .update(JSON.stringify(['card-v3', drawn]))
    .digest('hex')
    .slice(0, 16);
  return { file: withBase(`og/${name}.jpg`), ...drawn };
};
