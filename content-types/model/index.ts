import type { ComponentModel, ContentTypeModel } from './define.js';
import { components } from './components.js';
import { citySpotlight } from './documents/city-spotlight.js';
import { eventReport } from './documents/event-report.js';
import { guide } from './documents/guide.js';
import { toolkit } from './documents/toolkit.js';
import { publishedAddress, TERM_PAGE_TYPE_NAMES } from './records/published-address.js';
import { homePage } from './settings/home-page.js';
import { audience } from './taxonomies/audience.js';
import { city } from './taxonomies/city.js';
import { hub } from './taxonomies/hub.js';
import { partner } from './taxonomies/partner.js';
import { region } from './taxonomies/region.js';
import { theme } from './taxonomies/theme.js';

export * from './define.js';
export {
  DOCUMENT_TYPE_NAMES,
  RELATED_FIELD_BY_TYPE,
  SUMMARY_MAX_LENGTH,
  type DocumentTypeName,
} from './documents/shared-fields.js';

export const documentTypes: ContentTypeModel[] = [guide, toolkit, citySpotlight, eventReport];
export const taxonomies: ContentTypeModel[] = [theme, audience, region, city, partner, hub];
/** Site-wide entries, one per language: the home page and the network's identity. */
export const settings: ContentTypeModel[] = [homePage];
/** What editors write: the library's documents, their taxonomies and the site's settings. */
export const contentTypes: ContentTypeModel[] = [...documentTypes, ...taxonomies, ...settings];
/** What the CMS records by itself. */
export const records: ContentTypeModel[] = [publishedAddress];
/** Everything the generator writes schemas, types and validators for. */
export const allContentTypes: ContentTypeModel[] = [...contentTypes, ...records];
export { publishedAddress, TERM_PAGE_TYPE_NAMES };
export { components };
export { PARTNER_ROLES, type PartnerRole } from './components.js';

export const findContentType = (name: string): ContentTypeModel => {
  const found = allContentTypes.find((type) => type.name === name);
  if (!found)
    throw new Error(`Unknown content type "${name}". Known: ${allContentTypes.map((t) => t.name).join(', ')}.`);
  return found;
};

/** The fields a relation brings of its target: enough to name and link it, nothing more. */
export const referenceFields = (type: ContentTypeModel): string[] =>
  type.kind === 'document'
    ? ['documentId', 'title', 'slug', 'permanentId']
    : type.kind === 'taxonomy'
      ? ['documentId', 'name', 'slug']
      : ['documentId'];

export const findComponent = (uid: string): ComponentModel => {
  const found = components.find((component) => component.uid === uid);
  if (!found) throw new Error(`Unknown component "${uid}". Known: ${components.map((c) => c.uid).join(', ')}.`);
  return found;
};
