import { stringify } from 'qs';

/** Strapi's REST API reads nested query objects in the qs format. */
export const qs = (query: Record<string, unknown>): string => stringify(query, { encodeValuesOnly: true });
