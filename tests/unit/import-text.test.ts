/**
 * The importer's text cleaning (cms/src/import/): the network's own documents as extraction left
 * them (tests/fixtures/seeds/, with their menu words, link placeholders and broken lines) and a
 * paginated report with running headers, footers, page numbers and words hyphenated across lines
 * and pages must come out as the document's headings, paragraphs and lists, and nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../cms/src/import/detect-language.js';
import { proposeSummary, proposeTitle } from '../../cms/src/import/draft-proposals.js';
import { findPublicationDate } from '../../cms/src/import/find-date.js';
import { htmlText } from '../../cms/src/import/html-text.js';
import { strapiBlocks } from '../../cms/src/import/strapi-blocks.js';
import { suggestTerms } from '../../cms/src/import/suggest-terms.js';
import { blocksSchema } from '../../content-types/runtime/strapi-shapes.js';
import { isFurnitureLine, removeFurniture } from '../../cms/src/import/page-furniture.js';
import { type TextBlock, textBlocks } from '../../cms/src/import/text-blocks.js';

const seed = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/seeds', `${name}.txt`), 'utf8');
const blocksOf = (...pages: string[]) => textBlocks(removeFurniture(pages));
const texts = (blocks: TextBlock[]) => blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text]));
const first = (blocks: TextBlock[], kind: TextBlock['kind']) => blocks.find((block) => block.kind === kind);

describe('cleaning extracted text', () => {
  it.each([
    ['1', true],
    ['Page 4 of 12', true],
    ['12 / 40', true],
    ['— 7 —', true],
    ['xiv', true],
    ['— 1 minutes reading time', true],
    ['Publication Date:', true],
    ['Skip to main content', true],
    ['Share this page', true],
    ['arrow-circle arrow-down-basicarrow-down arrow-left closefacebooklinkedinsearch twittervideo-icon', true],
    ['We use cookies to improve your experience. Accept all cookies or manage preferences.', true],
    ['No comments:', true],
    ['Post a Comment', true],
    ['2023', false],
    ['Why Cities?', false],
    ['Civil society', false],
    ['Search and rescue teams trained 40 volunteers.', false],
    ['The city shared its cookies recipe with 300 residents.', false],
    ['Sponsors:', false],
  ])('%j is furniture: %s', (line, furniture) => {
    expect(isFurnitureLine(line)).toBe(furniture);
  });

  it('gives a web summary its title, first paragraph and no menu words, empty labels or reading time', () => {
    const blocks = blocksOf(seed('000_020b2694142c816e'));
    expect(blocks[0]).toEqual({
      kind: 'heading',
      text: 'Fourth Global Summit — Enhancing Global-Local Cooperation in Protecting Soft Targets and Engaging Local Communities',
    });
    expect(first(blocks, 'paragraph')).toMatchObject({
      text: expect.stringMatching(/^On 19 – 21 September 2023, Strong Cities Network held its Fourth Global Summit/),
    });
    const all = texts(blocks).join('\n');
    expect(all).not.toMatch(/arrow-circle|facebook|Publication Date|Content Type|reading time/);
  });

  it('keeps a link placeholder\'s words and drops its "(#)", and keeps the report\'s headings', () => {
    const blocks = blocksOf(seed('002_4581e736ae99189d'));
    const all = texts(blocks).join('\n');
    expect(all).not.toMatch(/\]\(#\)|\*\*/);
    expect(all).toContain('held its Fourth Global Summit in New York City');
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => (block as { text: string }).text)).toEqual(
      expect.arrayContaining(['Summary', 'Introducing UNCTED']),
    );
  });

  it("rebuilds a briefing deck's bullet points as a list", () => {
    const list = first(blocksOf(seed('003_603f7395be77b8cb')), 'list');
    expect(list).toMatchObject({ kind: 'list' });
    expect((list as { items: string[] }).items[0]).toBe('Launched in 2015 at the UN General Assembly');
    expect((list as { items: string[] }).items[1]).toMatch(/^A global network of 230\+ cities – big or small/);
  });

  it("joins a press release's broken lines into paragraphs and drops the blog's comment prompts", () => {
    const blocks = blocksOf(seed('004_ee2e87195ef35ebb'));
    expect(blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^Cities are vital partners in international efforts to build social cohesion and resilience to violent extremism\. Local communities/,
      ),
    });
    // The quotation that followed on the next line is a paragraph of its own.
    expect(blocks[1]).toMatchObject({
      text: expect.stringMatching(/^“The Strong Cities Network will serve as a vital tool/),
    });
    expect(texts(blocks).join('\n')).not.toMatch(/No comments|Post a Comment/);
  });

  it("removes a paginated report's running header and footer and page numbers, and joins words hyphenated across lines and pages", () => {
    const header = 'Strong Cities Network | A Guide for Mayors';
    const page = (number: number, body: string[]) =>
      [header, '', ...body, '', `Page ${number} of 3`, 'strongcitiesnetwork.org'].join('\n');
    const blocks = blocksOf(
      page(1, [
        'Preventing Hate at the Local Level',
        '',
        'Mayors can convene schools, police and faith leaders to respond to hate inci-',
        'dents before they escalate, as Rabat did after its 2023 sum-',
      ]),
      page(2, [
        'mit. The city trained 40 officials in three months.',
        '',
        'What to do first',
        '',
        '• Map who already works with young people',
        '• Agree who speaks for the city after an incident',
      ]),
      page(3, ['Cities that plan ahead recover trust faster.']),
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Preventing Hate at the Local Level' },
      {
        kind: 'paragraph',
        text: 'Mayors can convene schools, police and faith leaders to respond to hate incidents before they escalate, as Rabat did after its 2023 summit. The city trained 40 officials in three months.',
      },
      { kind: 'heading', text: 'What to do first' },
      {
        kind: 'list',
        ordered: false,
        items: ['Map who already works with young people', 'Agree who speaks for the city after an incident'],
      },
      { kind: 'paragraph', text: 'Cities that plan ahead recover trust faster.' },
    ]);
  });
});

describe("proposing an imported draft's title and summary", () => {
  const blocks = blocksOf(seed('000_020b2694142c816e'));
  const heading =
    'Fourth Global Summit — Enhancing Global-Local Cooperation in Protecting Soft Targets and Engaging Local Communities';

  it.each([
    ['A Guide for Mayors', 'A Guide for Mayors'],
    ['Microsoft Word - SCN_Guide_final.docx', heading],
    ['SCN_Report_v3', heading],
    ['Untitled', heading],
    [undefined, heading],
  ])("takes the file's title %j only when it is a real one", (own, expected) => {
    expect(proposeTitle(own, blocks)).toBe(expected);
  });

  it('proposes whole opening sentences within 300 characters', () => {
    const summary = proposeSummary(blocks, 300)!;
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/^On 19 – 21 September 2023, Strong Cities Network held its Fourth Global Summit .*\.$/);
  });

  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    const long = [{ kind: 'paragraph' as const, text: `${'Cities share what works '.repeat(20).trim()}.` }];
    const summary = proposeSummary(long, 300)!;
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/^Cities share what works( \w+)*…$/);
    expect(proposeSummary([{ kind: 'heading', text: 'Only a heading' }], 300)).toBeUndefined();
  });
});

describe("telling an imported file's language", () => {
  it.each([
    ['en', seed('004_ee2e87195ef35ebb')],
    ['fr', 'Les villes sont des partenaires essentiels pour renforcer la cohésion sociale et prévenir la haine.'],
    ['es', 'Las ciudades son socios esenciales para fortalecer la cohesión social y prevenir el odio.'],
    ['ar', 'المدن شريكة أساسية في تعزيز التماسك الاجتماعي ومنع الكراهية والتطرف في المجتمعات المحلية.'],
  ])('reads %s', async (locale, text) => {
    expect(await detectLanguage(text)).toEqual({ locale });
  });

  it('says when a text is in another language, or too short to tell', async () => {
    expect(
      await detectLanguage(
        'Die Städte sind wichtige Partner beim Aufbau des sozialen Zusammenhalts in ihren Vierteln.',
      ),
    ).toEqual({ locale: undefined, reason: 'written in a language the library does not publish in (deu)' });
    expect(await detectLanguage('Page 1 of 3')).toEqual({
      locale: undefined,
      reason: 'too little text to tell its language',
    });
  });
});

describe("finding an imported file's date", () => {
  it('takes the first day of the summit a report opens with', () => {
    expect(findPublicationDate(removeFurniture([seed('000_020b2694142c816e')]))).toBe('2023-09-19');
  });

  it.each([
    [['Publication date: 12 March 2024', 'Held on 19 September 2023'], '2024-03-12'],
    [['Publié le 3 avril 2024'], '2024-04-03'],
    [['Madrid, 19 de septiembre de 2023'], '2023-09-19'],
    [['تاريخ النشر: 5 مايو 2024'], '2024-05-05'],
    [['New York, September 19, 2023'], '2023-09-19'],
    [['The network launches on Sept. 29 – 30, 2015 at the UN'], '2015-09-29'],
    [['Updated 2023-09-19'], '2023-09-19'],
    [['Due on 31 February 2024'], undefined],
    [['A guide without a date'], undefined],
  ])('reads %j as %s', (lines, date) => {
    expect(findPublicationDate(lines)).toBe(date);
  });
});

describe('suggesting the terms an imported text names', () => {
  const terms = [
    { documentId: 'rabat', names: ['Rabat', 'الرباط'] },
    { documentId: 'new-york', names: ['New York', 'New York'] },
    { documentId: 'montreal', names: ['Montreal', 'Montréal'] },
    { documentId: 'hague', names: ['The Hague', 'La Haye'] },
    { documentId: 'oslo', names: ['Oslo'] },
    { documentId: 'sousse', names: ['Sousse', 'سوسة'] },
    { documentId: 'ur', names: ['Ur'] },
  ];

  it('offers the cities a press release names, in any spelling, most mentioned first', () => {
    const suggestions = suggestTerms(seed('004_ee2e87195ef35ebb'), terms);
    expect(suggestions.map((suggestion) => suggestion.documentId)).toEqual(['montreal', 'new-york', 'oslo']);
    expect(suggestions[0]).toEqual({ documentId: 'montreal', name: 'Montreal', mentions: 4 });
  });

  it('matches whole names only, in Arabic script too', () => {
    expect(suggestTerms('Sousseville is not Sousse.', terms)).toEqual([
      { documentId: 'sousse', name: 'Sousse', mentions: 1 },
    ]);
    expect(suggestTerms('بلدية الرباط تطلق برنامجا للشباب', terms)).toEqual([
      { documentId: 'rabat', name: 'الرباط', mentions: 1 },
    ]);
    expect(suggestTerms('Your urban plan', terms)).toEqual([]);
  });
});

describe("an imported text as the body's rich text", () => {
  it.each([
    '000_020b2694142c816e',
    '001_d745e99c01e2aa87',
    '002_4581e736ae99189d',
    '003_603f7395be77b8cb',
    '004_ee2e87195ef35ebb',
  ])('%s is blocks the site accepts, with its headings, paragraphs and lists', (name) => {
    const blocks = strapiBlocks(blocksOf(seed(name)));
    expect(blocksSchema.safeParse(blocks).success).toBe(true);
    expect(blocks.some((block) => block.type === 'paragraph')).toBe(true);
  });

  it('keeps a numbered list numbered', () => {
    expect(strapiBlocks(blocksOf('1. Map the actors\n2. Agree a spokesperson'))).toEqual([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Map the actors' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Agree a spokesperson' }] },
        ],
      },
    ]);
  });
});

describe('a saved web page', () => {
  const page = `<!doctype html><html lang="fr-FR"><head><title>Guide des maires — Strong Cities</title>
    <script>alert(document.cookie)</script><style>body { color: red }</style></head>
    <body><a href="#main">Skip to content</a>
    <header><nav><ul><li>Accueil</li><li>À propos</li></ul></nav></header>
    <div id="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
    <main><article><h1>Guide des maires</h1>
    <p onclick="steal()">Les villes peuvent <b>prévenir</b> la haine &amp; l’extrémisme.</p>
    <h2>Premiers pas</h2><ul><li>Cartographier les acteurs</li><li>Choisir un porte-parole</li></ul>
    <img src="x" onerror="alert(1)"><div class="share-buttons">Partager sur Facebook</div></article></main>
    <aside>Articles liés</aside><footer>© 2024 Strong Cities</footer></body></html>`;

  it("keeps the article's text, title and language, and nothing around it or that runs", () => {
    const { title, lang, text } = htmlText(page);
    expect({ title, lang }).toEqual({ title: 'Guide des maires — Strong Cities', lang: 'fr' });
    expect(blocksOf(text)).toEqual([
      { kind: 'heading', text: 'Guide des maires' },
      { kind: 'paragraph', text: 'Les villes peuvent prévenir la haine & l’extrémisme.' },
      { kind: 'heading', text: 'Premiers pas' },
      { kind: 'list', ordered: false, items: ['Cartographier les acteurs', 'Choisir un porte-parole'] },
    ]);
    expect(text).not.toMatch(/alert|steal|color|cookies|Accepter|Accueil|Facebook|Articles liés|© 2024/);
  });
});
