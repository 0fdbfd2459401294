/**
 * `npm run import` against a real CMS, seeded: the network's own texts as extraction left them, a
 * paginated PDF report with running headers, footers and page numbers, a saved web page with its
 * menu, cookie banner and scripts, a French PDF, a scan without a text layer and a PDF locked by
 * a password. Each becomes one draft (never published) with its title, language, first heading
 * and first paragraph right and no furniture left; the second run changes nothing.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { model } from '../../cms/src/generated-model.js';
import { ACCEPT_SUGGESTION_PATH } from '../../cms/src/import/import-paths.js';
import { createBuildToken } from '../../scripts/lib/build-token.js';
import { createImportToken } from '../../scripts/lib/import-token.js';
import { repoRoot } from '../../scripts/lib/paths.js';
import { startThrowawayCms, type DatabaseKind, type ThrowawayCms } from '../../scripts/lib/throwaway-cms.js';
import { sampleContent } from '../../scripts/seed/sample-content/index.js';
import { seedHub } from '../../scripts/seed/seed-hub.js';
import { ARABIC_FONT } from '../fixtures/arabic-font.js';
import { describeOnPostgres } from '../fixtures/on-postgres.js';

const run = promisify(execFile);
const SEEDS = path.join(import.meta.dirname, '../fixtures/seeds');
const EDITOR = { email: 'editor@example.org', password: 'Editor-Test-2026' };

type Pdf = InstanceType<typeof PDFDocument>;
const pdf = (options: ConstructorParameters<typeof PDFDocument>[0], draw: (doc: Pdf) => void) =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 64, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });

/** How a report's text is set: Latin in the standard fonts, or Arabic right to left in one that draws it. */
interface Script {
  regular: string;
  bold: string;
  align: 'left' | 'right';
  /** Font features: Arabic is laid out right to left ('rtla'). */
  features: PDFKit.Mixins.OpenTypeFeatures[];
}
const LATIN: Script = { regular: 'Helvetica', bold: 'Helvetica-Bold', align: 'left', features: [] };
const ARABIC: Script = { regular: ARABIC_FONT, bold: ARABIC_FONT, align: 'right', features: ['rtla'] };

/** A report as a word processor prints it: each page with the same header, a footer and its number. */
const paginatedReport = (header: string, pages: string[][], info: { Title?: string } = {}, script: Script = LATIN) =>
  pdf({ info, bufferPages: true }, (doc) => {
    const width = doc.page.width - 128;
    pages.forEach((lines, index) => {
      if (index > 0) doc.addPage();
      doc
        .font(script.regular)
        .fontSize(9)
        .text(header, 64, 30, { lineBreak: false, width, align: script.align, features: script.features });
      doc.x = 64;
      doc.y = 80;
      for (const line of lines)
        if (line.startsWith('## '))
          doc
            .font(script.bold)
            .fontSize(15)
            .text(line.slice(3), { width, align: script.align, features: script.features })
            .moveDown(0.6);
        else
          doc
            .font(script.regular)
            .fontSize(11)
            .text(line, { width, align: script.align, features: script.features })
            .moveDown(0.8);
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(`Page ${index + 1} of ${pages.length}`, 64, 780, { lineBreak: false });
    });
  });

const REPORT = [
  [
    '## Protecting Soft Targets with Local Communities',
    'In September 2023 city officials, practitioners and United Nations staff met in New York to compare how cities protect places open to the public.',
    'Participants agreed that mayors are closest to the communities an attack would hurt, and first to respond.',
  ],
  [
    '## What cities asked for',
    'Cities asked for direct channels to the United Nations, and for guidance written for local governments.',
  ],
  ['## Next steps', 'The network will gather the practices cities shared into a toolkit for its members.'],
];

const HTML = `<!doctype html><html lang="en"><head><title>Youth Councils Against Hate — Strong Cities</title>
<script>document.cookie = 'x=1'</script></head>
<body><nav class="menu"><a href="/">Home</a> <a href="/about">About us</a> <a href="/news">News</a></nav>
<div id="cookie-banner">We use cookies to improve your experience. <button onclick="accept()">Accept all</button></div>
<main><article><h1>Youth Councils Against Hate</h1>
<p>Cities such as Nansana and Masaka set up youth councils that answer hate speech online with their own campaigns.</p>
<h2>How they started</h2><p onmouseover="steal()">Each council began with ten volunteers and a city official to support them.</p>
<ul><li>Meet every month</li><li>Report to the mayor twice a year</li></ul>
</article></main><footer>© Strong Cities Network · Share this page</footer></body></html>`;

const FRENCH = [
  [
    '## Prévenir la haine au niveau local',
    'Les maires réunissent les écoles, la police et les responsables religieux pour répondre aux incidents de haine avant qu’ils ne s’aggravent.',
    'La ville a formé quarante agents en trois mois, avec l’appui de ses partenaires.',
  ],
  ['## Les prochaines étapes', 'Les villes partageront leurs pratiques dans une boîte à outils commune.'],
];

// Arabic sample text written for this test (not the network's words).
const ARABIC_REPORT = [
  [
    '## حماية الأماكن العامة مع المجتمعات المحلية',
    'اجتمع مسؤولو المدن لتبادل الخبرات حول حماية الأسواق والمدارس والأماكن المفتوحة للجمهور.',
    'اتفق المشاركون على أن رؤساء البلديات هم الأقرب إلى السكان وأول من يستجيب.',
  ],
  ['## الخطوات التالية', 'ستجمع الشبكة الممارسات التي شاركتها المدن في دليل لأعضائها.'],
];

/** Arabic as a reader compares it: letters, not the shapes a font draws them with. */
const logical = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

interface Draft {
  title: string;
  locale: string;
  publishedAt: string | null;
  summary: string | null;
  body: { type: string; children: { text?: string; children?: { text: string }[] }[] }[] | null;
  attachments?: unknown[];
  cover?: { alt: string; image: { mime: string; width: number; height: number } | null } | null;
  importNotes: string | null;
}

const blockText = (block: NonNullable<Draft['body']>[number]) =>
  block.children.map((child) => child.text ?? child.children?.map((part) => part.text).join('') ?? '').join('');

const importSuite = (database: DatabaseKind) => {
  let cms: ThrowawayCms;
  let folder: string;

  const importCommand = async (...args: string[]) => {
    try {
      const { stdout } = await run('npx', ['tsx', 'scripts/import/run.ts', ...args], {
        cwd: repoRoot,
        env: { ...process.env, CMS_URL: cms.url, HUB_DATA_DIR: cms.dataDir },
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  /** The seeded Editor's admin token, as the admin panel holds it. */
  const editorToken = async () => {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(EDITOR),
    });
    return ((await login.json()) as { data: { token: string } }).data.token;
  };
  const draftOf = async (file: string): Promise<{ uid: string; draft: Draft }> => {
    for (const uid of model.documentTypes) {
      const rows = (await cms.strapi.db.query(uid as never).findMany({
        where: { importedFile: file },
        populate: { attachments: true, cover: { populate: { image: true } } },
      })) as Draft[];
      if (rows.length > 0) {
        expect(rows, `${file}: one draft row and no published one`).toHaveLength(1);
        return { uid, draft: rows[0]! };
      }
    }
    throw new Error(`no draft was made from ${file}`);
  };

  beforeAll(async () => {
    // Small limits, so files over them are quick to make: one over the PDF limit, one over the request's.
    cms = await startThrowawayCms(database, 'warn', { UPLOAD_MAX_PDF_MB: '2', UPLOAD_MAX_IMAGE_MB: '2' });
    await seedHub(cms.strapi, sampleContent, { editor: EDITOR });
    await createImportToken(cms.strapi, cms.dataDir);
    folder = await mkdtemp(path.join(tmpdir(), 'hub-import-files-'));
    await mkdir(path.join(folder, 'web'));
    await copyFile(path.join(SEEDS, '000_020b2694142c816e.txt'), path.join(folder, 'web', 'summit-workshop.txt'));
    await copyFile(path.join(SEEDS, '004_ee2e87195ef35ebb.txt'), path.join(folder, 'web', 'press-release.txt'));
    await writeFile(path.join(folder, 'web', 'youth-councils.html'), HTML);
    await writeFile(
      path.join(folder, 'soft-targets-report.pdf'),
      await paginatedReport('Strong Cities Network | Workshop Report', REPORT, { Title: 'report_final_v3' }),
    );
    await writeFile(
      path.join(folder, 'taqrir-ar.pdf'),
      await paginatedReport('شبكة المدن القوية | تقرير', ARABIC_REPORT, {}, ARABIC),
    );
    await writeFile(
      path.join(folder, 'rapport-fr.pdf'),
      await paginatedReport('Strong Cities Network | Guide', FRENCH, { Title: 'Prévenir la haine au niveau local' }),
    );
    const picture = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#d9d4c7' } })
      .png()
      .toBuffer();
    await writeFile(
      path.join(folder, 'scan.pdf'),
      await pdf({ info: { Title: 'Scanned City Charter' } }, (doc) => doc.image(picture, { width: 400 })),
    );
    await writeFile(
      path.join(folder, 'locked.pdf'),
      await pdf({ userPassword: 'secret', ownerPassword: 'owner' }, (doc) => doc.text('Confidential minutes.')),
    );
    for (const [name, side] of [
      ['too-large.pdf', 1000],
      ['far-too-large.pdf', 1500],
    ] as const) {
      // Noise does not compress: the PDF weighs about as much as the picture's pixels.
      const noise = await sharp({
        create: {
          width: side,
          height: side,
          channels: 3,
          background: '#888',
          noise: { type: 'gaussian', mean: 128, sigma: 64 },
        },
      })
        .png({ compressionLevel: 0 })
        .toBuffer();
      await writeFile(
        path.join(folder, name),
        await pdf({ info: { Title: 'Annual Report With Photographs' } }, (doc) => doc.image(noise, { width: 400 })),
      );
    }
    await writeFile(path.join(folder, 'notes.docx'), 'not imported: folders are searched for PDFs, pages and text');
  });

  afterAll(async () => {
    await cms?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('imports a folder: one line per file, a closing count, and a non-zero exit for the files it refused', async () => {
    const { code, stdout } = await importCommand(folder);
    expect(stdout).toMatch(/^failed +locked\.pdf: "locked\.pdf" is protected by a password/m);
    expect(stdout).toMatch(/^imported +scan\.pdf: .*\(\d+ to check\)/m);
    expect(stdout).toMatch(
      /^failed +too-large\.pdf: "too-large\.pdf" is 2\.\d+ MB: the library accepts PDFs up to 2 MB \(UPLOAD_MAX_PDF_MB\)/m,
    );
    expect(stdout).toMatch(/^failed +far-too-large\.pdf: This upload is over 4 MB, so the CMS stopped reading it/m);
    expect(stdout.trim().split('\n').at(-1)).toBe('imported 7, updated 0, skipped 0 (already imported), failed 3');
    expect(code).toBe(1);
    expect(stdout).not.toContain('notes.docx');
  });

  it('gives each draft its title, language, first heading and paragraph, and no page furniture', async () => {
    const report = await draftOf('soft-targets-report.pdf');
    // The file's own title is a placeholder: the first heading is taken instead.
    expect(report.draft).toMatchObject({ title: 'Protecting Soft Targets with Local Communities', locale: 'en' });
    const reportText = report.draft.body!.map(blockText);
    expect(reportText[0]).toMatch(/^In September 2023 city officials/);
    expect(
      report.draft.body!.find((block) => block.type === 'heading') &&
        blockText(report.draft.body!.find((block) => block.type === 'heading')!),
    ).toBe('What cities asked for');
    expect(reportText.join('\n')).not.toMatch(/Page \d of 3|Workshop Report/);
    expect(report.draft.attachments).toHaveLength(1);

    const french = await draftOf('rapport-fr.pdf');
    expect(french.draft).toMatchObject({ title: 'Prévenir la haine au niveau local', locale: 'fr' });
    expect(blockText(french.draft.body![0]!)).toMatch(/^Les maires réunissent les écoles/);

    const web = await draftOf('summit-workshop.txt');
    expect(web.draft.title).toMatch(/^Fourth Global Summit — Enhancing Global-Local Cooperation/);
    expect(blockText(web.draft.body![0]!)).toMatch(/^On 19 – 21 September 2023, Strong Cities Network held/);
    expect(web.draft.body!.map(blockText).join('\n')).not.toMatch(/arrow-circle|Publication Date|reading time/);

    const page = await draftOf('youth-councils.html');
    // The page's <title> adds the site's name to its heading: the heading is the title.
    expect(page.draft.title).toBe('Youth Councils Against Hate');
    const pageText = page.draft.body!.map(blockText).join('\n');
    expect(pageText).toMatch(/^Cities such as Nansana and Masaka set up youth councils/);
    expect(pageText).not.toMatch(/About us|cookies|Share this page|accept\(|steal|document\.cookie/);
    expect(JSON.stringify(page.draft.body)).not.toMatch(/onmouseover|onclick|<script/);
  });

  it('reads an Arabic PDF into the Arabic library, its words in reading order', async () => {
    const { draft } = await draftOf('taqrir-ar.pdf');
    expect(draft.locale).toBe('ar');
    expect(logical(draft.title)).toBe(logical(ARABIC_REPORT[0]![0]!.slice(3)));
    const text = draft.body!.map(blockText).map(logical);
    expect(text[0]).toBe(logical(ARABIC_REPORT[0]![1]!));
    expect(text).toContain(logical(ARABIC_REPORT[1]![0]!.slice(3)));
    expect(text.join('\n')).not.toMatch(/شبكة المدن القوية|Page \d of 2/);
  });

  it('draws the cover from the PDF’s first page, with a description to check', async () => {
    const { draft } = await draftOf('soft-targets-report.pdf');
    expect(draft.cover?.image).toMatchObject({ mime: 'image/webp', width: 1200 });
    // An A4 page, upright.
    expect(draft.cover!.image!.height / draft.cover!.image!.width).toBeCloseTo(297 / 210, 1);
    expect(draft.cover!.alt).toBe('The first page of Protecting Soft Targets with Local Communities');
    expect(draft.importNotes).toMatch(/cover is the PDF’s first page: check .*\(alt text\)\.$/m);
  });

  it('makes a draft of a PDF whose own title is longer than a title may be, its PDF and cover named by the shortened one', async () => {
    const long = `Annual Report of the Network on City-Led Prevention ${'and Its Many Partners '.repeat(12)}`.trim();
    const file = path.join(folder, 'long-title.pdf');
    await writeFile(file, await paginatedReport('Report', [['A paragraph of text for the report.']], { Title: long }));
    expect((await importCommand(file)).stdout).toMatch(/^imported +long-title\.pdf/m);
    const { draft } = await draftOf('long-title.pdf');
    expect(long.startsWith(draft.title)).toBe(true);
    expect(draft.title.length).toBeLessThan(long.length);
    expect(draft.cover!.alt).toBe(`The first page of ${draft.title}`);
    // A corrected file replaces the draft's PDF and cover: the earlier ones leave the media library.
    const files = () =>
      cms.strapi.db.query('plugin::upload.file').count({ where: { name: { $startsWith: 'long-title' } } });
    expect(await files()).toBe(2);
    await writeFile(file, await paginatedReport('Report', [['A corrected paragraph.']], { Title: long }));
    expect((await importCommand(file)).stdout).toMatch(/^updated +long-title\.pdf/m);
    expect(await files()).toBe(2);
    await rm(file);
  });

  it('refuses files over the upload limits whole: no draft, nothing in the media library', async () => {
    for (const name of ['too-large.pdf', 'far-too-large.pdf']) {
      await expect(draftOf(name)).rejects.toThrow(`no draft was made from ${name}`);
      expect(
        await cms.strapi.db.query('plugin::upload.file').count({ where: { name: { $startsWith: name.slice(0, -4) } } }),
      ).toBe(0);
    }
  });

  it('keeps a scan as a draft with its title and the PDF, and says the text must be typed or OCR’d', async () => {
    const { draft } = await draftOf('scan.pdf');
    expect(draft.title).toBe('Scanned City Charter');
    expect(draft.body).toEqual([]);
    expect(draft.attachments).toHaveLength(1);
    expect(draft.importNotes).toMatch(/no text layer .* typed or OCR’d/);
  });

  it('offers the cities the text names for the editor to accept, and creates none', async () => {
    const cities = await cms.strapi.db.query('api::city.city').count();
    const { draft } = await draftOf('youth-councils.html');
    expect(draft.importNotes).toMatch(
      /^- Cities the text names \(add them under Cities if the document is about them\): (Nansana, Masaka|Masaka, Nansana)\.$/m,
    );
    expect(await cms.strapi.db.query('api::city.city').count()).toBe(cities);
  });

  it('adds a partner the editor accepts to the draft as a partner, its role left to them, once', async () => {
    const jwt = await editorToken();
    const { uid } = await draftOf('press-release.txt');
    const [row] = (await cms.strapi.db
      .query(uid as never)
      .findMany({ where: { importedFile: 'press-release.txt' }, select: ['documentId', 'locale'] })) as {
      documentId: string;
      locale: string;
    }[];
    const [partner] = (await cms.strapi.db
      .query('api::partner.partner')
      .findMany({ where: { locale: row!.locale }, select: ['documentId', 'name'], limit: 1 })) as {
      documentId: string;
      name: string;
    }[];
    const accept = () =>
      fetch(`${cms.url}${ACCEPT_SUGGESTION_PATH}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          uid,
          documentId: row!.documentId,
          locale: row!.locale,
          field: 'partners',
          term: partner!.documentId,
        }),
      });
    expect((await accept()).status).toBe(200);
    expect((await accept()).status).toBe(200);
    const draft = (await cms.strapi.documents(uid as never).findOne({
      documentId: row!.documentId,
      locale: row!.locale,
      populate: { partnerRoles: { populate: { partner: { fields: ['name'] } } } },
    } as never)) as unknown as { partnerRoles: { role: string; partner: { name: string } }[] };
    expect(draft.partnerRoles.map(({ role, partner: credited }) => `${role}: ${credited.name}`)).toEqual([
      `partner: ${partner!.name}`,
    ]);
  });

  it('publishes nothing, and the second run changes nothing', async () => {
    const published = async () => {
      let count = 0;
      for (const uid of model.documentTypes)
        count += await cms.strapi.db
          .query(uid as never)
          .count({ where: { importedFile: { $notNull: true }, publishedAt: { $notNull: true } } });
      return count;
    };
    expect(await published()).toBe(0);
    const { stdout } = await importCommand(folder);
    expect(stdout).toMatch(/^skipped +scan\.pdf: already imported/m);
    expect(stdout.trim().split('\n').at(-1)).toBe('imported 0, updated 0, skipped 7 (already imported), failed 3');
    expect(await published()).toBe(0);
  });

  it('updates the draft from a corrected file of the same name, unless an editor saved it since', async () => {
    const file = path.join(folder, 'web', 'youth-councils.html');
    await writeFile(file, HTML.replace('ten volunteers', 'twelve volunteers'));
    expect((await importCommand(file)).stdout).toMatch(/^updated +youth-councils\.html: updated the draft/m);
    expect((await draftOf('youth-councils.html')).draft.body!.map(blockText).join('\n')).toContain('twelve volunteers');

    const jwt = await editorToken();
    const { uid } = await draftOf('youth-councils.html');
    const [row] = (await cms.strapi.db
      .query(uid as never)
      .findMany({ where: { importedFile: 'youth-councils.html' } })) as {
      documentId: string;
    }[];
    const edit = await fetch(`${cms.url}/content-manager/collection-types/${uid}/${row!.documentId}?locale=en`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Youth councils: how Ugandan cities answer hate' }),
    });
    expect(edit.status).toBe(200);
    await writeFile(file, HTML.replace('ten volunteers', 'fifteen volunteers'));
    const { stdout } = await importCommand(file);
    expect(stdout).toMatch(/^skipped +youth-councils\.html: .*edited or published since, and is left as it is/m);
    const { draft } = await draftOf('youth-councils.html');
    expect(draft.title).toBe('Youth councils: how Ugandan cities answer hate');
    expect(draft.body!.map(blockText).join('\n')).toContain('twelve volunteers');
  });

  it('keeps where a draft came from out of every API answer, and the import token can only import', async () => {
    const importToken = /STRAPI_IMPORT_TOKEN=(\S+)/.exec(
      await readFile(path.join(cms.dataDir, 'import.env'), 'utf8'),
    )![1]!;
    const read = await fetch(`${cms.url}/api/guides`, { headers: { Authorization: `Bearer ${importToken}` } });
    expect(read.status).toBe(403);

    const { uid, draft } = await draftOf('rapport-fr.pdf');
    const [row] = (await cms.strapi.db.query(uid as never).findMany({ where: { importedFile: 'rapport-fr.pdf' } })) as {
      documentId: string;
    }[];
    await cms.strapi.documents(uid as never).update({
      documentId: row!.documentId,
      locale: 'fr',
      data: { summary: 'Un guide pour les maires.', publicationDate: '2024-03-01' } as never,
    });
    await cms.strapi.documents(uid as never).publish({ documentId: row!.documentId, locale: 'fr' });
    const buildToken = await createBuildToken(cms.strapi);
    const segment = uid.split('.').at(-1)!.replace(/y$/, 'ie') + 's';
    const answer = await fetch(`${cms.url}/api/${segment}?locale=fr&filters[documentId][$eq]=${row!.documentId}`, {
      headers: { Authorization: `Bearer ${buildToken}` },
    });
    const body = (await answer.json()) as { data: Record<string, unknown>[] };
    expect(body.data).toHaveLength(1);
    expect(body.data[0]!.title).toBe(draft.title);
    expect(Object.keys(body.data[0]!).filter((key) => key.startsWith('import'))).toEqual([]);
  });

  it('says how to start a CMS when none answers', async () => {
    const { code, stderr } = await run('npx', ['tsx', 'scripts/import/run.ts', folder], {
      cwd: repoRoot,
      env: { ...process.env, CMS_URL: 'http://127.0.0.1:9', HUB_DATA_DIR: cms.dataDir },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/No CMS answers at http:\/\/127\.0\.0\.1:9\. Start the hub with `npm start`/);
  });
};

describe('importing files into drafts on SQLite', () => importSuite('sqlite'));
describeOnPostgres('importing files into drafts on PostgreSQL', () => importSuite('postgres'));
