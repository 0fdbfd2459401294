/**
 * What readers, partners and the site build can and cannot get from the CMS, proven over HTTP
 * against the real Strapi with the sample content, on each database the hub supports.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPE_NAMES,
  contentTypes,
  findContentType,
  populateFor,
  strapiQuery as qs,
  strapiUid,
  validateEntry,
} from '@resource-hub/content-types';
import { moveAudienceText } from '../../cms/src/audiences/move-audience-text.js';
import { recordTermAddresses } from '../../cms/src/document-middleware/published-addresses.js';
import { movePartnerRoles } from '../../cms/src/partners/move-partner-roles.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';
import { startThrowawayCms, type DatabaseKind, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { CmsFetchError, fetchPublished } from '../../site/src/cms/fetch-published.js';

const draftSeed = sampleContent.documents.find((doc) => doc.status === 'draft')!;
const draftTitle = draftSeed.locales.en.title;
const published = (type: string) =>
  sampleContent.documents.filter((doc) => doc.type === type && doc.status === 'published');
const pluralOf = (type: string) => findContentType(type).pluralName;
/** Where the content API serves a type: a setting (a single type) at its singular name. */
const apiPathOf = (type: string) => (findContentType(type).kind === 'setting' ? type : pluralOf(type));

interface SchemaAttribute {
  type: string;
  target?: string;
}
const schemaOf = (type: string) =>
  JSON.parse(
    readFileSync(new URL(`../../cms/src/api/${type}/content-types/${type}/schema.json`, import.meta.url), 'utf8'),
  ) as {
    options?: { draftAndPublish?: boolean };
    attributes: Record<string, SchemaAttribute>;
  };
const typeOfUid = (uid: string) => uid.split('.').pop()!;
const textFieldOf = (type: string) => findContentType(type).mainField;
// Every relation of a public type whose target keeps drafts, and every type's translations: the
// ways a filter, sort or populate could reach a draft row.
const draftRelations: [type: string, field: string, targetText: string][] = contentTypes.flatMap((type) => [
  [type.name, 'localizations', textFieldOf(type.name)] as [string, string, string],
  ...Object.entries(schemaOf(type.name).attributes)
    .filter(
      ([, attribute]) =>
        attribute.type === 'relation' && schemaOf(typeOfUid(attribute.target!)).options?.draftAndPublish,
    )
    .map(([field, attribute]): [string, string, string] => [
      type.name,
      field,
      textFieldOf(typeOfUid(attribute.target!)),
    ]),
]);

export const cmsSuite = (database: DatabaseKind) => {
  let cms: ThrowawayCms;
  let buildToken: string;
  let draftDocumentId: string;

  const get = async (pathAndQuery: string, token?: string) => {
    const response = await fetch(`${cms.url}${pathAndQuery}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, text: await response.text() };
  };
  const getJson = async (pathAndQuery: string, token?: string) => {
    const { status, text } = await get(pathAndQuery, token);
    expect(status, `${pathAndQuery} answered ${status}: ${text.slice(0, 300)}`).toBe(200);
    return JSON.parse(text);
  };

  beforeAll(async () => {
    cms = await startThrowawayCms(database);
    await seedHub(cms.strapi, sampleContent, { editor: { email: 'editor@example.org', password: 'Editor-Test-2026' } });
    buildToken = await createBuildToken(cms.strapi);
    const draft = await cms.strapi.documents('api::city-spotlight.city-spotlight' as never).findFirst({
      status: 'draft',
      filters: { title: draftTitle },
    } as never);
    draftDocumentId = draft!.documentId;
  });

  afterAll(async () => {
    await cms?.stop();
  });

  describe('published documents', () => {
    it.each(DOCUMENT_TYPE_NAMES)(
      "lists every published %s, fully populated, and each passes the site's validators",
      async (type) => {
        const body = await getJson(
          `/api/${pluralOf(type)}?${qs({ populate: populateFor(type), pagination: { pageSize: 100 } })}`,
        );
        expect(body.meta.pagination.total).toBe(published(type).length);
        const titles = body.data.map((entry: { title: string }) => entry.title).sort();
        expect(titles).toEqual(
          published(type)
            .map((doc) => doc.locales.en.title)
            .sort(),
        );
        for (const entry of body.data) expect(() => validateEntry(type, entry)).not.toThrow();
      },
    );

    it('returns the summit report with its sessions, themes, partners and PDF attachments', async () => {
      const summit = sampleContent.documents.find((doc) => doc.key === 'summit-2023')!;
      const body = await getJson(
        `/api/event-reports?${qs({ filters: { title: summit.locales.en.title }, populate: populateFor('event-report') })}`,
      );
      const [report] = body.data;
      expect(report.sessions.length).toBeGreaterThanOrEqual(5);
      expect(report.themes.map((theme: { name: string }) => theme.name).length).toBe(summit.themes.length);
      // Each partner with its role; the old lists are private.
      const roles = (report.partnerRoles as { role: string; partner: { name: string } }[]).map(
        ({ role, partner }) => `${role}: ${partner.name}`,
      );
      const names = new Map(sampleContent.partners.map((partner) => [partner.key, partner.name.en]));
      expect(roles.sort()).toEqual(
        Object.entries(summit.partners)
          .flatMap(([role, keys]) => keys.map((key) => `${role}: ${names.get(key)}`))
          .sort(),
      );
      expect(report).not.toHaveProperty('partners');
      expect(report).not.toHaveProperty('organisers');
      expect(report.attachments.length).toBe(summit.attachments!.length);
      for (const attachment of report.attachments) expect(attachment.file.mime).toBe('application/pdf');
      expect(report.cover.image.mime).toBe('image/jpeg');
      const pdf = await fetch(`${cms.url}${report.attachments[0].file.url}`);
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    it('serves the regional hub in each language with its region and contact, and the event report it ran names it', async () => {
      const [seed] = sampleContent.hubs;
      for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
        const body = await getJson(`/api/hubs?${qs({ locale, populate: populateFor('hub') })}`);
        expect(body.data).toHaveLength(1);
        const [hub] = body.data;
        expect(() => validateEntry('hub', hub)).not.toThrow();
        expect(hub).toMatchObject({
          name: seed!.name[locale],
          contactName: seed!.contact.name,
          contactRole: seed!.contact.role[locale],
          contactEmail: seed!.contact.email,
        });
        expect(hub.region.name).toBe(sampleContent.regions.find((region) => region.key === seed!.region)!.name[locale]);
      }
      const dialogue = sampleContent.documents.find((doc) => doc.eventReport?.hub === seed!.key)!;
      const body = await getJson(
        `/api/event-reports?${qs({ filters: { title: dialogue.locales.en.title }, populate: populateFor('event-report') })}`,
      );
      expect(body.data[0].hub.name).toBe(seed!.name.en);
    });

    it('serves the French and Arabic versions under their own locale, sharing one permanent id', async () => {
      const french = sampleContent.documents.filter((doc) => doc.locales.fr && doc.status === 'published');
      const arabic = sampleContent.documents.filter((doc) => doc.locales.ar && doc.status === 'published');
      expect(french.length).toBeGreaterThanOrEqual(3);
      expect(arabic.length).toBeGreaterThanOrEqual(1);
      for (const doc of [...french.map((d) => ['fr', d] as const), ...arabic.map((d) => ['ar', d] as const)]) {
        const [locale, seed] = doc;
        const body = await getJson(
          `/api/${pluralOf(seed.type)}?${qs({ locale, filters: { title: seed.locales[locale]!.title } })}`,
        );
        expect(body.data).toHaveLength(1);
        const english = await getJson(
          `/api/${pluralOf(seed.type)}?${qs({ filters: { title: seed.locales.en.title } })}`,
        );
        expect(body.data[0].permanentId).toBe(english.data[0].permanentId);
        expect(body.data[0].slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    });

    it('gives every document a short permanent id, unique across the whole hub, and slugs unique per type and language', async () => {
      const ids = new Set<string>();
      let count = 0;
      for (const type of DOCUMENT_TYPE_NAMES) {
        for (const locale of ['en', 'fr', 'ar']) {
          const body = await getJson(`/api/${pluralOf(type)}?${qs({ locale, pagination: { pageSize: 100 } })}`);
          const slugs = body.data.map((entry: { slug: string }) => entry.slug);
          expect(new Set(slugs).size).toBe(slugs.length);
          if (locale === 'en')
            for (const entry of body.data) {
              expect(entry.permanentId).toMatch(/^[a-z0-9]{8}$/);
              ids.add(entry.permanentId);
              count += 1;
            }
        }
      }
      expect(ids.size).toBe(count);
    });

    it('keeps a database index for every value a save looks entries up by, so saving stays fast as the library grows', async () => {
      const inspector = (
        cms.strapi.db as unknown as {
          dialect: { schemaInspector: { getIndexes(table: string): Promise<{ columns: string[] }[]> } };
        }
      ).dialect.schemaInspector;
      const expected: [string, string[]][] = [
        ...DOCUMENT_TYPE_NAMES.flatMap((type): [string, string[]][] => [
          [pluralOf(type).replace(/-/g, '_'), ['slug', 'locale']],
          [pluralOf(type).replace(/-/g, '_'), ['permanent_id']],
        ]),
        ['cities', ['slug', 'locale']],
        ['published_addresses', ['slug']],
      ];
      for (const [table, columns] of expected) {
        const indexes = await inspector.getIndexes(table);
        expect(
          indexes.map((index) => index.columns.join(',')),
          `indexes of ${table}`,
        ).toContain(columns.join(','));
      }
    });
  });

  describe('the draft never leaks', () => {
    const leaks = (text: string) => text.includes(draftTitle) || text.includes(draftDocumentId);

    const readsOf = () => {
      const plural = pluralOf('city-spotlight');
      return [
        `/api/${plural}`,
        `/api/${plural}?${qs({ populate: populateFor('city-spotlight'), pagination: { pageSize: 100 } })}`,
        `/api/${plural}?${qs({ filters: { title: { $eq: draftTitle } } })}`,
        `/api/${plural}?${qs({ filters: { publishedAt: { $null: true } } })}`,
        `/api/${plural}?${qs({ filters: { documentId: draftDocumentId } })}`,
        `/api/${plural}?locale=all`,
        `/api/${plural}?${qs({ populate: '*' })}`,
        `/api/toolkits?${qs({ populate: { caseStudies: { populate: '*' } } })}`,
        ...contentTypes.map(
          (type) => `/api/${apiPathOf(type.name)}?${qs({ populate: '*', pagination: { pageSize: 100 } })}`,
        ),
      ];
    };

    it('is absent from every public read, with and without the build token', async () => {
      for (const token of [undefined, buildToken]) {
        for (const read of readsOf()) {
          const { status, text } = await get(read, token);
          expect(leaks(text), `${read} leaked the draft`).toBe(false);
          expect([200, 400]).toContain(status);
        }
        const one = await get(`/api/${pluralOf('city-spotlight')}/${draftDocumentId}`, token);
        expect(one.status).toBe(404);
      }
    });

    it.each([['status=draft'], ['status[0]=draft'], ['status=draft&populate=*'], ['publicationState=preview']])(
      'refuses ?%s for the public and the build token, saying why',
      async (query) => {
        for (const token of [undefined, buildToken]) {
          const { status, text } = await get(`/api/${pluralOf('city-spotlight')}?${query}`, token);
          expect(status).toBe(400);
          expect(leaks(text)).toBe(false);
          expect(JSON.parse(text).error.message).toMatch(/Only published content is available/);
        }
        const one = await get(`/api/${pluralOf('city-spotlight')}/${draftDocumentId}?${query}`);
        expect(one.status).toBe(400);
      },
    );
  });

  describe('drafts stay out of every content API read, however it is spelled', () => {
    // Every draft row of every type gets this word in its title (unpublished edits of published
    // documents and their translations included), so any answer built from a draft shows it.
    const SECRET = 'Zanzibarquokka';
    const originals: { uid: string; id: number; title: string }[] = [];
    let guideId: string;
    const leaks = (text: string) => text.includes(SECRET) || text.includes(draftDocumentId);

    beforeAll(async () => {
      for (const type of DOCUMENT_TYPE_NAMES) {
        const uid = strapiUid(type);
        const drafts = await cms.strapi.db
          .query(uid as never)
          .findMany({ where: { publishedAt: { $null: true } }, select: ['id', 'title'] });
        for (const { id, title } of drafts as { id: number; title: string }[]) {
          originals.push({ uid, id, title });
          await cms.strapi.db.query(uid as never).update({ where: { id }, data: { title: `${title} ${SECRET}` } });
        }
      }
      const guide = await cms.strapi
        .documents('api::guide.guide' as never)
        .findFirst({ locale: 'en', status: 'published' } as never);
      guideId = guide!.documentId;
    });

    afterAll(async () => {
      for (const { uid, id, title } of originals)
        await cms.strapi.db.query(uid as never).update({ where: { id }, data: { title } });
    });

    const callers = () =>
      [
        ['the public', undefined],
        ['the build token', buildToken],
      ] as const;

    // The router matches paths without regard to case, repeated or trailing slashes or
    // percent-encoding; each spelling must get what /api/... gets.
    const pathForms = (plural: string, id: () => string): [string, () => string][] => [
      ['canonical', () => `/api/${plural}`],
      ['upper case prefix', () => `/API/${plural}`],
      ['mixed case prefix', () => `/Api/${plural}`],
      ['other mixed case', () => `/aPI/${plural}`],
      ['upper case path', () => `/API/${plural.toUpperCase()}`],
      ['trailing slash', () => `/api/${plural}/`],
      ['upper case and trailing slash', () => `/API/${plural}/`],
      ['two trailing slashes', () => `/api/${plural}//`],
      ['leading double slash', () => `//api/${plural}`],
      ['double slash inside', () => `/api//${plural}`],
      ['triple slashes', () => `///api///${plural}`],
      ['percent-encoded prefix letter', () => `/%61pi/${plural}`],
      ['percent-encoded upper case prefix', () => `/%41PI/${plural}`],
      ['percent-encoded type letter', () => `/api/%${plural.charCodeAt(0).toString(16)}${plural.slice(1)}`],
      ['dot segment', () => `/api/./${plural}`],
      ['one document', () => `/api/${plural}/${id()}`],
      ['one document, upper case prefix', () => `/API/${plural}/${id()}`],
      ['one document, mixed case prefix', () => `/Api/${plural}/${id()}`],
      ['one document, trailing slash', () => `/api/${plural}/${id()}/`],
      ['one document, double slashes', () => `//api//${plural}/${id()}`],
      ['one document, percent-encoded prefix', () => `/%61pi/${plural}/${id()}`],
      ['one document, upper case path', () => `/API/${plural.toUpperCase()}/${id()}`],
    ];
    const draftQueries = ['status=draft', 'publicationState=preview', 'status[0]=draft', 'status=draft&populate=*'];
    const plainQueries = ['', 'populate=*', 'pagination[pageSize]=100'];

    describe.each([
      ['guide', () => guideId],
      ['city-spotlight', () => draftDocumentId],
    ] as const)('%s at every spelling of its address', (type, id) => {
      it.each(pathForms(pluralOf(type), id))(
        '%s: no draft with status=draft, publicationState=preview or a plain read',
        async (_form, address) => {
          for (const [who, token] of callers()) {
            for (const query of draftQueries) {
              const read = `${address()}?${query}`;
              const { status, text } = await get(read, token);
              expect(leaks(text), `${who}: ${read} leaked a draft`).toBe(false);
              expect([400, 404], `${who}: ${read} answered ${status}: ${text.slice(0, 200)}`).toContain(status);
              // Koa refuses a path starting with two slashes before routing, as "Malicious Path".
              if (status === 400)
                expect(JSON.parse(text).error.message).toMatch(/Only published content is available|Malicious Path/);
            }
            for (const query of plainQueries) {
              const read = `${address()}?${query}`;
              const { status, text } = await get(read, token);
              expect(leaks(text), `${who}: ${read} leaked a draft`).toBe(false);
              const refusedBeforeRouting = status === 400 && JSON.parse(text).error.message === 'Malicious Path';
              expect(
                status === 200 || status === 404 || refusedBeforeRouting,
                `${who}: ${read} answered ${status}: ${text.slice(0, 200)}`,
              ).toBe(true);
            }
          }
        },
      );
    });

    it('serves the other spellings of a public address like the router does, so the checks above are not vacuous', async () => {
      for (const address of [`/API/guides`, `/Api/guides/`, `/API/GUIDES`, `/aPI/guides/`])
        expect((await get(address)).status, address).toBe(200);
    });

    it.each(draftRelations)('%s: no filter or sort through %s answers from drafts', async (type, field, text) => {
      const plural = apiPathOf(type);
      for (const [who, token] of callers()) {
        const probe = (word: string) =>
          get(`/api/${plural}?filters[${field}][${text}][$containsi]=${word}&pagination[pageSize]=100`, token);
        const [attack, control] = await Promise.all([probe(SECRET), probe('zz-nothing-matches')]);
        expect(
          attack.text.replaceAll(SECRET, 'WORD'),
          `${who}: filters[${field}] answers differently when a draft matches`,
        ).toBe(control.text.replaceAll('zz-nothing-matches', 'WORD'));
        expect(attack.status, `${who}: filters[${field}]: ${attack.text.slice(0, 300)}`).toBe(400);
        expect(JSON.parse(attack.text).error.message).toContain(`filters[${field}][${text}][$containsi]`);
        for (const sort of [
          `sort=${field}.${text}:asc`,
          `sort[0]=${field}.${text}:desc`,
          `sort[${field}][${text}]=asc`,
        ]) {
          const sorted = await get(`/api/${plural}?${sort}`, token);
          expect(sorted.status, `${who}: ${sort}: ${sorted.text.slice(0, 300)}`).toBe(400);
          expect(JSON.parse(sorted.text).error.message).toMatch(new RegExp(`sort.*${field}`));
        }
        const nested = (word: string) =>
          get(
            `/api/${plural}?populate[themes][filters][$or][0][name][$null]=true&filters[$or][0][${field}][${text}][$containsi]=${word}&filters[$or][1][id][$lt]=0`,
            token,
          );
        const [nestedAttack, nestedControl] = await Promise.all([nested(SECRET), nested('zz-nothing-matches')]);
        expect(nestedAttack.status, `${who}: $or through ${field}`).toBe(400);
        expect(nestedAttack.text.replaceAll(SECRET, 'WORD')).toBe(
          nestedControl.text.replaceAll('zz-nothing-matches', 'WORD'),
        );
      }
    });

    it.each(draftRelations)(
      '%s: populating %s, or filtering what it populates, gives published documents only',
      async (type, field, text) => {
        const plural = apiPathOf(type);
        for (const [who, token] of callers()) {
          for (const query of [
            `populate[${field}]=true`,
            `populate[${field}][populate]=*`,
            'populate=*',
            `populate[${field}][fields][0]=${text}&pagination[pageSize]=100`,
          ]) {
            const { status, text } = await get(`/api/${plural}?${query}`, token);
            expect(leaks(text), `${who}: ${query} leaked a draft`).toBe(false);
            expect([200, 400], `${who}: ${query}: ${text.slice(0, 200)}`).toContain(status);
          }
          const populated = (word: string) =>
            get(`/api/${plural}?populate[${field}][filters][localizations][${text}][$containsi]=${word}`, token);
          const [attack, control] = await Promise.all([populated(SECRET), populated('zz-nothing-matches')]);
          expect(
            attack.text.replaceAll(SECRET, 'WORD'),
            `${who}: a filter inside populate[${field}] answers from drafts`,
          ).toBe(control.text.replaceAll('zz-nothing-matches', 'WORD'));
          expect(attack.status).toBe(400);
        }
      },
    );
  });

  describe('the public and the build token can only read', () => {
    const collections = contentTypes.filter((type) => type.kind !== 'setting').map((type) => type.pluralName);
    it.each(collections)('refuses create, update and delete of %s', async (plural) => {
      const list = await getJson(`/api/${plural}`);
      const target = list.data[0]?.documentId ?? 'missing';
      for (const token of [undefined, buildToken]) {
        const headers = { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
        const body = JSON.stringify({ data: { title: 'Vandalised', name: 'Vandalised' } });
        const create = await fetch(`${cms.url}/api/${plural}`, { method: 'POST', headers, body });
        const update = await fetch(`${cms.url}/api/${plural}/${target}`, { method: 'PUT', headers, body });
        const remove = await fetch(`${cms.url}/api/${plural}/${target}`, { method: 'DELETE', headers });
        expect([create.status, update.status, remove.status]).toEqual([403, 403, 403]);
      }
      const after = await getJson(`/api/${plural}`);
      expect(after.meta.pagination.total).toBe(list.meta.pagination.total);
      expect(JSON.stringify(after)).not.toContain('Vandalised');
    });

    it('offers no sign-up, no user list and no upload to the public', async () => {
      const register = await fetch(`${cms.url}/api/auth/local/register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'intruder', email: 'intruder@example.org', password: 'Intruder-2026' }),
      });
      expect(register.status).toBeGreaterThanOrEqual(400);
      expect((await get('/api/users')).status).toBe(403);
      const upload = await fetch(`${cms.url}/api/upload`, { method: 'POST', body: new FormData() });
      expect(upload.status).toBe(403);
      // The record of published addresses is for the site build's token, not the public.
      expect((await get('/api/published-addresses')).status).toBe(403);
    });

    it('reads the published home page settings in each language, never their draft, and cannot change them', async () => {
      for (const token of [undefined, buildToken]) {
        const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
        const english = await getJson(
          `/api/home-page?${qs({ locale: 'en', populate: populateFor('home-page') })}`,
          token,
        );
        expect(english.data.leadText).toBe(sampleContent.homePage!.locales.en.leadText);
        expect(english.data.featuredGuides.map((guide: { title: string }) => guide.title)).toEqual([
          sampleContent.documents.find((doc) => doc.key === 'guide-for-mayors')!.locales.en.title,
        ]);
        expect(() => validateEntry('home-page', english.data)).not.toThrow();
        expect((await get('/api/home-page?locale=fr', token)).status).toBe(200);
        // No Spanish settings were published: the public gets nothing, not English in their place.
        expect((await get('/api/home-page?locale=es', token)).status).toBe(404);
        expect((await get('/api/home-page?status=draft', token)).status).toBe(400);
        const body = JSON.stringify({ data: { leadText: 'Vandalised' } });
        const headers = { 'Content-Type': 'application/json', ...auth };
        const update = await fetch(`${cms.url}/api/home-page?locale=en`, { method: 'PUT', headers, body });
        const remove = await fetch(`${cms.url}/api/home-page?locale=en`, { method: 'DELETE', headers });
        expect([update.status, remove.status]).toEqual([403, 403]);
      }
      expect(JSON.stringify(await getJson('/api/home-page?locale=en'))).not.toContain('Vandalised');
    });

    it('keeps no full-access API token', async () => {
      const tokens = await cms.strapi.db.query('admin::api-token').findMany({ where: { type: 'full-access' } });
      expect(tokens).toEqual([]);
    });
  });

  describe('private fields of admin users', () => {
    // Entries the admin panel saves carry their author; give the seeded ones an author with a
    // password hash and a pending reset token, so a filter that reached those fields would show.
    beforeAll(async () => {
      const admin = await cms.strapi.db
        .query('admin::user')
        .findOne({ where: { email: { $ne: 'editor@example.org' } } });
      await cms.strapi.db
        .query('admin::user')
        .update({ where: { id: admin.id }, data: { resetPasswordToken: 'pending-reset-token-0123456789' } });
      for (const type of ['guide', 'city-spotlight'])
        await cms.strapi.db
          .query(strapiUid(type) as never)
          .updateMany({ where: {}, data: { createdBy: admin.id, updatedBy: admin.id } });
    });

    // Each pair differs only in whether the condition holds for that author: were the filter
    // applied, the answers would differ and the field could be read one character at a time.
    it.each([
      ['filters[createdBy][password][$startsWith]=$2', 'filters[createdBy][password][$startsWith]=zz'],
      [
        'filters[updatedBy][resetPasswordToken][$startsWith]=pending',
        'filters[updatedBy][resetPasswordToken][$startsWith]=zz',
      ],
      ['filters[createdBy][resetPasswordToken][$notNull]=true', 'filters[createdBy][resetPasswordToken][$null]=true'],
      ['filters[createdBy][email][$contains]=@', 'filters[createdBy][email][$contains]=zz-nobody'],
      ['filters[createdBy][id][$gt]=0', 'filters[createdBy][id][$lt]=0'],
      [
        'filters[$or][0][createdBy][password][$startsWith]=$2&filters[$or][1][title][$eq]=none',
        'filters[$or][0][createdBy][password][$startsWith]=zz&filters[$or][1][title][$eq]=none',
      ],
      ['filters[city][createdBy][password][$startsWith]=$2', 'filters[city][createdBy][password][$startsWith]=zz'],
      ['sort=createdBy.password:asc', 'sort=createdBy.password:desc'],
    ])('?%s answers as the harmless ?%s does', async (probe, harmless) => {
      const plural = probe.includes('[city]') ? pluralOf('city-spotlight') : pluralOf('guide');
      for (const token of [undefined, buildToken]) {
        const [attack, control] = await Promise.all([
          get(`/api/${plural}?${probe}`, token),
          get(`/api/${plural}?${harmless}`, token),
        ]);
        expect(attack.status, attack.text.slice(0, 200)).toBe(control.status);
        expect(attack.text).toBe(control.text);
        expect(attack.text).not.toMatch(/\$2[aby]\$|pending-reset-token/);
      }
    });

    it('never populates an author, whatever is asked', async () => {
      for (const query of [
        'populate=createdBy',
        'populate[createdBy][fields][0]=password',
        'populate=*&fields[0]=createdBy',
        'populate[updatedBy][populate]=*',
      ])
        for (const token of [undefined, buildToken]) {
          const { text } = await get(`/api/${pluralOf('guide')}?${query}`, token);
          expect(text, query).not.toMatch(/\$2[aby]\$|pending-reset-token|"(createdBy|updatedBy)":\s*\{|"email":/);
        }
    });
  });

  describe('admin sign-in', () => {
    it('is rate-limited: after five attempts for one address the next is refused with 429, even with the right password', async () => {
      const attempt = (password: string) =>
        fetch(`${cms.url}/admin/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'guessed@example.org', password }),
        });
      const statuses: number[] = [];
      for (let n = 1; n <= 5; n += 1) statuses.push((await attempt(`Wrong-Guess-${n}`)).status);
      expect(statuses.every((status) => status === 400 || status === 401)).toBe(true);
      expect((await attempt('Wrong-Guess-6')).status).toBe(429);
      // Another address is not locked out by someone guessing this one.
      const editor = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'editor@example.org', password: 'Editor-Test-2026' }),
      });
      expect(editor.status).toBe(200);
    });
  });

  describe('editors', () => {
    let signedIn: Promise<string> | undefined;
    /** The seeded editor's admin token: one sign-in for these tests, as the admin rate limit counts each. */
    const editorToken = () =>
      (signedIn ??= fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'editor@example.org', password: 'Editor-Test-2026' }),
      }).then(async (login) => {
        expect(login.status).toBe(200);
        return (await login.json()).data.token as string;
      }));

    it("have an account with Strapi's Editor role, not super admin", async () => {
      const editor = await cms.strapi.db
        .query('admin::user')
        .findOne({ where: { email: 'editor@example.org' }, populate: ['roles'] });
      expect(editor.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-editor']);
    });

    it('sign in to the admin panel and find every document in every language, drafts included', async () => {
      const token = await editorToken();
      const count = async (uid: string, locale: string) => {
        const response = await fetch(
          `${cms.url}/content-manager/collection-types/${uid}?locale=${locale}&pageSize=100`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        expect(response.status).toBe(200);
        return (await response.json()).pagination.total as number;
      };
      for (const type of DOCUMENT_TYPE_NAMES)
        for (const locale of ['en', 'fr', 'ar'] as const)
          expect(await count(strapiUid(type), locale), `${type} in ${locale}`).toBe(
            sampleContent.documents.filter((doc) => doc.type === type && doc.locales[locale]).length,
          );
    });

    it("publish and unpublish a document with the admin panel's own actions", async () => {
      const token = await editorToken();
      const guide = await cms.strapi
        .documents('api::guide.guide' as never)
        .findFirst({ locale: 'en', status: 'published' } as never);
      const action = (name: 'publish' | 'unpublish') =>
        fetch(
          `${cms.url}/content-manager/collection-types/api::guide.guide/${guide!.documentId}/actions/${name}?locale=en`,
          {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: '{}',
          },
        );
      const unpublished = await action('unpublish');
      expect(unpublished.status, await unpublished.clone().text()).toBe(200);
      const published = await action('publish');
      expect(published.status, await published.clone().text()).toBe(200);

      // The addresses it was published at are the CMS's own record, kept out of editors' way:
      // recorded, but editors can neither list nor change nor add to it.
      const [recorded] = (await cms.strapi.db.query('api::published-address.published-address' as never).findMany({
        where: { document: guide!.documentId },
      })) as { documentId: string; slug: string }[];
      expect(recorded!.slug).toBe((guide as unknown as { slug: string }).slug);
      const addresses = `${cms.url}/content-manager/collection-types/api::published-address.published-address`;
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const list = await fetch(`${addresses}?filters[document][$eq]=${guide!.documentId}`, { headers });
      expect(list.status).toBe(403);
      const edit = await fetch(`${addresses}/${recorded!.documentId}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ slug: 'hijacked' }),
      });
      expect(edit.status).toBe(403);
      const create = await fetch(addresses, {
        method: 'POST',
        headers,
        body: JSON.stringify({ documentType: 'guide', language: 'en', slug: 'forged', document: 'x' }),
      });
      expect(create.status).toBe(403);
    });

    it("cannot rearrange the media library's view, an administrator's setting", async () => {
      const response = await fetch(`${cms.url}/upload/configuration`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${await editorToken()}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ pageSize: 50, sort: 'createdAt:DESC' }),
      });
      expect(response.status).toBe(403);
    });

    it('see plain-language labels, help text and the columns they scan for', async () => {
      const types = cms.strapi.plugin('content-manager').service('content-types');
      const config = await types.findConfiguration({ uid: 'api::city-spotlight.city-spotlight' });
      expect(config.layouts.list).toEqual(['title', 'city', 'publicationDate', 'updatedAt']);
      expect(config.metadatas.updatedAt.list.label).toBe('Last update');
      expect(config.metadatas.summary.edit.label).toBe('Summary');
      expect(config.metadatas.summary.edit.description).toMatch(/at most 300 characters/);
      expect(config.metadatas.permanentId.edit.editable).toBe(false);
      expect(config.metadatas.city.edit.mainField).toBe('name');
    });

    it("set the network's colour and logo on the home page and publish it; a colour too light to read or a logo that is not PNG or WebP is refused", async () => {
      const token = await editorToken();
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const settings = `${cms.url}/content-manager/single-types/api::home-page.home-page`;
      const save = (data: Record<string, unknown>) =>
        fetch(`${settings}?locale=en`, { method: 'PUT', headers, body: JSON.stringify(data) });

      const gold = await save({ accentColour: '#FFD700' });
      expect(gold.status).toBe(400);
      expect((await gold.json()).error.message).toMatch(
        /#FFD700 has a contrast of 1\.40:1 against white; .* at least 4\.5:1/,
      );
      const jpeg = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'image/jpeg' } });
      const photo = await save({ logo: jpeg.id });
      expect(photo.status).toBe(400);
      expect((await photo.json()).error.message).toMatch(/is image\/jpeg; the site takes a PNG or WebP logo only/);

      const teal = await save({ accentColour: '#0B4A6F' });
      expect(teal.status, await teal.clone().text()).toBe(200);
      const published = await fetch(`${settings}/actions/publish?locale=en`, { method: 'POST', headers, body: '{}' });
      expect(published.status, await published.clone().text()).toBe(200);
      expect((await getJson('/api/home-page?locale=en')).data.accentColour).toBe('#0B4A6F');
    });

    it('cannot publish a city spotlight without its city', async () => {
      const spotlights = cms.strapi.documents('api::city-spotlight.city-spotlight' as never);
      const created = await spotlights.create({
        locale: 'en',
        status: 'draft',
        data: {
          title: 'Spotlight without a city',
          summary: 'Testing the required city.',
          publicationDate: '2024-01-01',
          practice: 'None yet.',
        },
      } as never);
      await expect(spotlights.publish({ documentId: created.documentId, locale: '*' } as never)).rejects.toThrow(
        /"City" is required before publishing/,
      );
      await spotlights.delete({ documentId: created.documentId, locale: '*' } as never);
    });

    it('get one slug per title from the server, the Regenerate button and each language version', async () => {
      const token = await editorToken();
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const regenerate = async (locale: string, data: Record<string, string>) => {
        const response = await fetch(`${cms.url}/content-manager/uid/generate?locale=${locale}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ contentTypeUID: 'api::guide.guide', field: 'slug', data }),
        });
        expect(response.status, await response.clone().text()).toBe(200);
        return (await response.json()).data as string;
      };
      const guides = `${cms.url}/content-manager/collection-types/api::guide.guide`;
      const save = async (method: 'POST' | 'PUT', address: string, data: Record<string, string>) => {
        const response = await fetch(address, { method, headers, body: JSON.stringify(data) });
        expect(response.status, await response.clone().text()).toBe(method === 'POST' ? 201 : 200);
        return (await response.json()).data as { documentId: string; slug: string };
      };
      const draft = { summary: 'Testing slugs.', publicationDate: '2024-01-01' };
      // Strapi's own button wrote "oslo-s-youth-councils" where the server wrote "oslos-youth-councils".
      expect(await regenerate('en', { title: 'Oslo’s Youth Councils' })).toBe('oslos-youth-councils');
      // The form's placeholder from the type's name gives way to the title's slug.
      const english = await save('POST', `${guides}?locale=en`, {
        ...draft,
        title: 'Oslo’s Youth Councils',
        slug: 'guide',
      });
      try {
        expect(english.slug).toBe('oslos-youth-councils');
        expect(await regenerate('en', { title: 'Oslo’s Youth Councils' })).toBe('oslos-youth-councils-2');
        // "Fill in from another locale" copies the English slug: the French version gets its own.
        const french = await save('PUT', `${guides}/${english.documentId}?locale=fr`, {
          ...draft,
          title: 'Les conseils de jeunes d’Oslo',
          slug: english.slug,
        });
        expect(french.slug).toBe('les-conseils-de-jeunes-doslo');
        // An Arabic title takes the English address, from the server and from Regenerate (which
        // sends the document's id as `id`, as the edit form does) alike.
        const arabic = await save('PUT', `${guides}/${english.documentId}?locale=ar`, {
          ...draft,
          title: 'مجالس الشباب في أوسلو',
          slug: 'guide',
        });
        expect(arabic.slug).toBe('oslos-youth-councils');
        expect(await regenerate('ar', { title: 'مجالس الشباب في أوسلو', id: english.documentId })).toBe(
          'oslos-youth-councils',
        );
      } finally {
        await cms.strapi
          .documents('api::guide.guide' as never)
          .delete({ documentId: english.documentId, locale: '*' } as never);
      }
    });

    it('cannot change a permanent id once set', async () => {
      const guides = cms.strapi.documents('api::guide.guide' as never);
      const guide = await guides.findFirst({ status: 'draft' } as never);
      await expect(
        guides.update({
          documentId: guide!.documentId,
          locale: 'en',
          status: 'draft',
          data: { permanentId: 'bbbbbbbb' },
        } as never),
      ).rejects.toThrow(/never changes/);
    });
  });

  describe("the site build's reader", () => {
    const source = () => ({ url: cms.url, token: buildToken });

    it('reads every published entry page by page, validated, in each language', async () => {
      const reports = await fetchPublished(source(), 'event-report', { locale: 'en', pageSize: 4 });
      expect(reports.map((report) => report.title).sort()).toEqual(
        published('event-report')
          .map((doc) => doc.locales.en.title)
          .sort(),
      );
      expect(reports.find((report) => report.sessions?.length)?.sessions?.length).toBeGreaterThanOrEqual(5);
      const french = await fetchPublished(source(), 'event-report', { locale: 'fr', pageSize: 2 });
      expect(french).toHaveLength(published('event-report').filter((doc) => doc.locales.fr).length);
      const spotlights = await fetchPublished(source(), 'city-spotlight', { locale: 'en' });
      expect(spotlights.map((spotlight) => spotlight.title)).not.toContain(draftTitle);
    });

    it('fails when a page comes back short instead of building half a library', async () => {
      const shortPages: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        const body = await response.json();
        if (/pagination(\[|%5B)page(\]|%5D)=2(&|$)/.test(String(input))) body.data = body.data.slice(1);
        return new Response(JSON.stringify(body), { status: response.status });
      };
      await expect(
        fetchPublished({ ...source(), fetch: shortPages }, 'event-report', { locale: 'en', pageSize: 4 }),
      ).rejects.toThrow(/fetched 10 event-reports \(en\) but the CMS reports 11/);
    });

    it('asks again when a connection is reset, and names the cause when the CMS stays out of reach', async () => {
      // What undici throws when the CMS closes a kept-alive connection this side still took for open.
      const reset = () =>
        new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
      let resets = 0;
      const resetOnce: typeof fetch = async (input, init) => {
        if (/pagination(\[|%5B)page(\]|%5D)=2(&|$)/.test(String(input)) && resets++ === 0) throw reset();
        return fetch(input, init);
      };
      const reports = await fetchPublished({ ...source(), fetch: resetOnce }, 'event-report', {
        locale: 'en',
        pageSize: 4,
      });
      expect(resets).toBe(2);
      expect(reports).toHaveLength(published('event-report').length);
      const alwaysReset: typeof fetch = async () => {
        throw reset();
      };
      await expect(
        fetchPublished({ ...source(), fetch: alwaysReset }, 'event-report', { locale: 'en' }),
      ).rejects.toThrow(
        /cannot reach the CMS at http:\/\/127\.0\.0\.1:\d+ \(fetch failed: ECONNRESET read ECONNRESET, 4 attempts\)/,
      );
    });

    it('names the document, field and fix when a published entry is invalid, and refuses a bad token', async () => {
      const uid = 'api::guide.guide';
      const row = await cms.strapi.db
        .query(uid as never)
        .findOne({ where: { publishedAt: { $notNull: true }, locale: 'en' } });
      await cms.strapi.db.query(uid as never).update({ where: { id: row.id }, data: { summary: 'x'.repeat(301) } });
      try {
        await expect(fetchPublished(source(), 'guide', { locale: 'en' })).rejects.toThrow(
          new RegExp(
            `1 published guides \\(en\\) cannot go into the library[^]*permanent id ${row.permanentId}[^]*"Summary" \\(summary\\) must be at most 300 characters[^]*Fix: in the CMS`,
          ),
        );
      } finally {
        await cms.strapi.db.query(uid as never).update({ where: { id: row.id }, data: { summary: row.summary } });
      }
      await expect(fetchPublished({ ...source(), token: 'not-a-token' }, 'guide', { locale: 'en' })).rejects.toThrow(
        CmsFetchError,
      );
      await expect(fetchPublished({ ...source(), token: 'not-a-token' }, 'guide', { locale: 'en' })).rejects.toThrow(
        /npm run create-build-token/,
      );
    });
  });

  describe('seeding again', () => {
    const snapshot = async () => {
      const result: Record<string, unknown> = {};
      for (const type of contentTypes) {
        result[type.name] = await cms.strapi.db
          .query(strapiUid(type.name) as never)
          .findMany({ orderBy: { id: 'asc' } });
      }
      result.files = await cms.strapi.db.query('plugin::upload.file').findMany({ orderBy: { id: 'asc' } });
      result.users = await cms.strapi.db.query('admin::user').count();
      return result;
    };

    it('changes nothing: same counts, same content, same timestamps', async () => {
      const before = await snapshot();
      const report = await seedHub(cms.strapi, sampleContent, {
        editor: { email: 'editor@example.org', password: 'Editor-Test-2026' },
      });
      expect(report.created).toBe(0);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('guides written before the Audience taxonomy', () => {
    it('move their "Written for" text into audiences in their own language, and keep text that names none', async () => {
      const guides = cms.strapi.db.query('api::guide.guide' as never);
      const [guide] = (await guides.findMany({ where: { locale: 'fr' }, select: ['documentId'] })) as {
        documentId: string;
      }[];
      // As an older hub stored it: the text on every row, no audiences yet.
      const rows = (await guides.findMany({ where: { documentId: guide!.documentId } })) as {
        id: number;
        locale: string;
      }[];
      for (const row of rows)
        await guides.update({
          where: { id: row.id },
          data: {
            audiences: [],
            audience: row.locale === 'fr' ? 'Maires et fonctionnaires municipaux' : 'Mayors and their senior advisers',
          } as never,
        });
      const other = (await guides.findMany({ where: { documentId: { $ne: guide!.documentId }, locale: 'en' } })) as {
        id: number;
      }[];
      await guides.update({ where: { id: other[0]!.id }, data: { audience: 'Everyone' } as never });

      await moveAudienceText(cms.strapi);

      const after = (await guides.findMany({
        where: { documentId: guide!.documentId },
        populate: { audiences: { select: ['name', 'locale'] } },
      })) as { locale: string; audience: string | null; audiences: { name: string; locale: string }[] }[];
      for (const row of after) {
        expect(row.audience).toBeNull();
        expect(row.audiences.every((audience) => audience.locale === row.locale)).toBe(true);
        expect(row.audiences.map((audience) => audience.name).sort()).toEqual(
          row.locale === 'fr'
            ? ['Agents municipaux et praticiens', 'Maires et élus']
            : ['City officials and practitioners', 'Mayors and elected leaders'],
        );
      }
      const kept = (await guides.findOne({ where: { id: other[0]!.id } })) as { audience: string };
      expect(kept.audience).toBe('Everyone');
      // The public never sees the old text.
      const body = await getJson(`/api/guides?${qs({ filters: { documentId: guide!.documentId } })}`);
      expect(body.data[0]).not.toHaveProperty('audience');
    });
  });

  describe('addresses of term pages', () => {
    const ADDRESSES = 'api::published-address.published-address';
    const recorded = async (documentType: string, document: string) =>
      (
        (await cms.strapi.db.query(ADDRESSES as never).findMany({
          where: { documentType, document },
          orderBy: { id: 'asc' },
        })) as { language: string; slug: string }[]
      ).map(({ language, slug }) => `${language} ${slug}`);

    it('are recorded when a theme is saved and kept when it is renamed; audiences, without pages, have none', async () => {
      const themes = cms.strapi.documents('api::theme.theme' as never);
      const theme = (await themes.create({ locale: 'en', data: { name: 'Address keeping' } } as never)) as {
        documentId: string;
      };
      await themes.update({
        documentId: theme.documentId,
        locale: 'fr',
        data: { name: 'Conservation des adresses' },
      } as never);
      await themes.update({
        documentId: theme.documentId,
        locale: 'en',
        data: { name: 'Address keeping, renamed', slug: 'address-keeping-renamed' },
      } as never);
      expect(await recorded('theme', theme.documentId)).toEqual([
        'en address-keeping',
        'fr conservation-des-adresses',
        'en address-keeping-renamed',
      ]);
      const audience = (await cms.strapi
        .documents('api::audience.audience' as never)
        .create({ locale: 'en', data: { name: 'Address keeping readers' } } as never)) as { documentId: string };
      expect(await cms.strapi.db.query(ADDRESSES as never).count({ where: { document: audience.documentId } })).toBe(0);
    });

    it('are recorded at start for terms saved before the record kept them, once', async () => {
      const [region] = (await cms.strapi.db.query('api::region.region' as never).findMany({
        where: { locale: 'en' },
        select: ['documentId', 'slug'],
        limit: 1,
      })) as { documentId: string; slug: string }[];
      await cms.strapi.db.query(ADDRESSES as never).deleteMany({ where: { document: region!.documentId } });
      await recordTermAddresses(cms.strapi);
      await recordTermAddresses(cms.strapi);
      const addresses = await recorded('region', region!.documentId);
      expect(addresses).toContain(`en ${region!.slug}`);
      expect(new Set(addresses).size).toBe(addresses.length);
    });
  });

  describe('documents written before partner roles', () => {
    it('move their partners and organisers into roles in every version, once; the public sees only the roles', async () => {
      const REPORT = 'api::event-report.event-report';
      const reports = cms.strapi.db.query(REPORT as never);
      const [report] = (await reports.findMany({
        where: { locale: 'en', publishedAt: { $notNull: true } },
        select: ['documentId'],
        limit: 1,
      })) as { documentId: string }[];
      const rows = (await reports.findMany({
        where: { documentId: report!.documentId },
        select: ['id', 'locale'],
      })) as {
        id: number;
        locale: string;
      }[];
      expect(rows.length).toBeGreaterThan(1);
      const partnersIn = async (locale: string) =>
        (await cms.strapi.db.query('api::partner.partner' as never).findMany({
          where: { locale },
          select: ['id', 'name'],
          orderBy: { id: 'asc' },
          limit: 2,
        })) as { id: number; name: string }[];
      // As an older hub stored it: plain lists on every row, no roles.
      for (const row of rows) {
        const [first, second] = await partnersIn(row.locale);
        await reports.update({
          where: { id: row.id },
          data: { partnerRoles: [], organisers: [first!.id], partners: [first!.id, second!.id] } as never,
        });
      }

      await movePartnerRoles(cms.strapi);
      await movePartnerRoles(cms.strapi);

      const [first, second] = await partnersIn('en');
      const body = await getJson(
        `/api/event-reports?${qs({ filters: { documentId: report!.documentId }, populate: populateFor('event-report') })}`,
      );
      const roles = (body.data[0].partnerRoles as { role: string; partner: { name: string } }[]).map(
        ({ role, partner }) => `${role}: ${partner.name}`,
      );
      expect(roles).toEqual([`co-organiser: ${first!.name}`, `partner: ${second!.name}`]);
      expect(body.data[0]).not.toHaveProperty('partners');
      expect(body.data[0]).not.toHaveProperty('organisers');
      const after = (await reports.findMany({
        where: { documentId: report!.documentId },
        populate: { partners: { select: ['id'] }, organisers: { select: ['id'] }, partnerRoles: true },
      })) as { partners: unknown[]; organisers: unknown[]; partnerRoles: unknown[] }[];
      for (const row of after) {
        expect(row.partners).toEqual([]);
        expect(row.organisers).toEqual([]);
        expect(row.partnerRoles).toHaveLength(2);
      }
    });
  });

  describe('events to come', () => {
    const REPORTS = 'api::event-report.event-report';
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const announced = (fields: Record<string, unknown> = {}) => ({
      title: 'Regional workshop on hate speech',
      summary: 'Cities of the region compare what works against online hate.',
      publicationDate: inDays(0),
      startDate: inDays(60),
      endDate: inDays(61),
      startTime: '09:30',
      endTime: '16:00',
      timeZone: 'Africa/Kampala',
      announcement: 'Two days for city officials of the region: register by the end of the month.',
      registrationUrl: 'https://forms.example.org/regional-workshop',
      ...fields,
    });

    it.each([
      ['an end before its start', { endDate: inDays(59) }, 'endDate', /"Last day" \(.+\) is before "First day"/],
      [
        'a registration link that is not https',
        { registrationUrl: 'http://forms.example.org/x' },
        'registrationUrl',
        /not an https:\/\/ address/,
      ],
      [
        'an announcement dated years ago',
        { startDate: '2019-03-01', endDate: '2019-03-02' },
        'announcement',
        /more than a year ago, so it cannot be announced/,
      ],
      ['a misspelt time zone', { timeZone: 'Africa/Kampal' }, 'timeZone', /is not a time zone name/],
    ])('refuses to save %s, naming the field and the fix, and keeps nothing', async (_, fields, field, message) => {
      const before = await cms.strapi.db.query(REPORTS as never).count();
      const error = await cms.strapi
        .documents(REPORTS as never)
        .create({ locale: 'en', data: announced(fields) } as never)
        .then(
          () => undefined,
          (failure: unknown) => failure,
        );
      expect(error).toMatchObject({ name: 'ValidationError', details: { errors: [{ path: [field] }] } });
      expect((error as Error).message).toMatch(message);
      expect(await cms.strapi.db.query(REPORTS as never).count()).toBe(before);
    });

    it('keeps an announcement in each language, shown to the public only once published', async () => {
      const reports = cms.strapi.documents(REPORTS as never);
      const created = (await reports.create({ locale: 'en', data: announced() } as never)) as { documentId: string };
      await reports.update({
        documentId: created.documentId,
        locale: 'fr',
        data: announced({
          title: 'Atelier régional sur les discours de haine',
          announcement:
            'Deux jours pour les responsables municipaux de la région : inscrivez-vous avant la fin du mois.',
        }),
      } as never);
      const path = (locale: string) =>
        `/api/event-reports?${qs({ locale, filters: { documentId: created.documentId } })}`;
      expect((await getJson(path('en'))).data).toEqual([]);
      expect((await getJson(path('fr'), buildToken)).data).toEqual([]);
      await reports.publish({ documentId: created.documentId, locale: '*' } as never);
      const [english] = (await getJson(path('en'))).data;
      const [french] = (await getJson(path('fr'))).data;
      expect(english).toMatchObject({
        announcement: announced().announcement,
        registrationUrl: 'https://forms.example.org/regional-workshop',
        startTime: '09:30',
        timeZone: 'Africa/Kampala',
      });
      expect(french.announcement).toMatch(/^Deux jours/);
      expect(french.registrationUrl).toBe(english.registrationUrl);
    });
  });
};
