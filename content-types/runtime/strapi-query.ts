import { stringify } from 'qs';

/** Strapi's REST API reads nested query objects (populate, filters, pagination) in the qs format. */
export const strapiQuery = (query: Record<string, unknown>): string => stringify(query, { encodeValuesOnly: true });
