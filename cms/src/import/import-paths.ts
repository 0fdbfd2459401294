/** Where the admin panel's Import page reaches the CMS (import-admin-routes.ts); no server code, so the page can import it. */
export const IMPORT_ADMIN_PATH = '/hub/import';
export const ACCEPT_SUGGESTION_PATH = '/hub/import/accept';
/** A content type's name from its uid: api::city-spotlight.city-spotlight → city-spotlight. */
export const typeName = (uid: string): string => uid.split('.').at(-1)!;
/** The document fields a suggested term can be added to. */
export const SUGGESTION_FIELDS = ['cities', 'themes', 'regions', 'partners'] as const;
