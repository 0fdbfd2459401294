/**
 * The check that fails a build before anything is published: links and images that lead nowhere,
 * files loaded from other sites, documents without their page or missing from search, pages for
 * slugs that were never published, and text that must not be in the output (a draft's title).
 * It reads every file once, a few at a time, so it stays quick on a site of 10,000 pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFile as readFileCallback } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { BuildManifest, ManifestDocument } from '@resource-hub/site/build/manifest';
import { DOCUMENT_TYPES } from '@resource-hub/site/library/document-types';
import { mapLimit } from '../lib/map-limit.js';
import type { InlineHashes } from '../lib/security-headers.js';
import { searchUrl } from './index-search.js';
import {
  SEARCH_DIR,
  decodeFragmentFile,
  languageOfFragment,
  readSearchShards,
  type SearchEntry,
} from './search-fragments.js';

export interface CheckSiteOptions {
  /** The built site, as Astro wrote it (without the base path). */
  outDir: string;
  manifest: BuildManifest;
  /** Text that must appear in no output file, e.g. the title of a draft. */
  forbiddenText?: string[];
  /** Settles when the search index is written: pages are checked meanwhile, the index after. */
  searchIndexed?: Promise<unknown>;
}

const SHOWN_PROBLEMS = 20;

export class SiteCheckError extends Error {
  constructor(
    readonly outDir: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => `  - ${problem}`);
    if (problems.length > SHOWN_PROBLEMS) shown.push(`  ...and ${problems.length - SHOWN_PROBLEMS} more.`);
    super(
      `The built site in ${outDir} failed ${problems.length} check${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}`,
    );
    this.name = 'SiteCheckError';
  }
}

// The promise version of readFile reads in small chunks and takes twice as long on thousands of
// small pages; the callback version reads a file in one go.
function readFile(file: string): Promise<Buffer>;
function readFile(file: string, encoding: 'utf8'): Promise<string>;
function readFile(file: string, encoding?: 'utf8'): Promise<string | Buffer> {
  return new Promise((resolve, reject) =>
    readFileCallback(file, encoding ?? null, (error, data) => (error ? reject(error) : resolve(data))),
  );
}

const READ_CONCURRENCY = 16;

/** All files and folders under root, as POSIX paths relative to it. */
export const walk = async (root: string): Promise<{ files: Set<string>; dirs: Set<string> }> => {
  const files = new Set<string>();
  const dirs = new Set<string>();
  let level = [''];
  while (level.length > 0) {
    const nextLevel: string[] = [];
    await mapLimit(level, READ_CONCURRENCY, async (dir) => {
      for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          dirs.add(rel);
          nextLevel.push(rel);
        } else if (entry.isFile()) {
          files.add(rel);
        }
      }
    });
    level = nextLevel;
  }
  return { files, dirs };
};

/** One candidate of a srcset: its URL and, when given as 640w, its width. */
export interface SrcsetCandidate {
  url: string;
  width: number | undefined;
}

/** Splits a srcset into its candidates, following the HTML rules closely enough for generated markup. */
export const srcsetCandidates = (srcset: string): SrcsetCandidate[] => {
  const candidates: SrcsetCandidate[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position]!)) position += 1;
    if (position >= srcset.length) break;
    let end = position;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end += 1;
    let url = srcset.slice(position, end);
    position = end;
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // The descriptors (1x, 640w) run up to the comma that ends this candidate.
      const start = position;
      while (position < srcset.length && srcset[position] !== ',') position += 1;
      descriptors = srcset.slice(start, position);
    }
    const width = /(\d+)w/.exec(descriptors)?.[1];
    if (url !== '') candidates.push({ url, width: width === undefined ? undefined : Number(width) });
  }
  return candidates;
};

// Elements whose src loads into the page: another origin there is a hot-link.
const LOADING_ELEMENTS = new Set(['img', 'source', 'script', 'video', 'audio', 'track', 'embed', 'input']);
// <link> relations that make the browser fetch the target.
const LOADING_RELS = [
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
];
// Hints that only open a connection, naming an origin rather than a file.
const CONNECTION_RELS = ['preconnect', 'dns-prefetch'];
const TEXT_FILES = /\.(html?|xml|json|txt|webmanifest)$/i;
// Listing pages, document pages and withdrawn-document pages of each type, in any language.
// Segments are lower-case words joined by hyphens (the generator refuses others): nothing to escape.
const DOCUMENT_PAGE = new RegExp(
  `^(?:[^/]+/)?(${DOCUMENT_TYPES.map((info) => info.segment).join('|')})/([^/]+)/index\\.html$`,
);

interface Reference {
  tag: string;
  attribute: string;
  value: string;
  /** Whether the browser loads it into the page (image, script, stylesheet) rather than navigates to it. */
  loads: boolean;
}

interface PageInfo {
  lang: string | undefined;
  documentIds: string[];
  withdrawn: boolean;
  /** Sends the reader on at once (<meta http-equiv="refresh">): a permanent link or a former address. */
  redirect: boolean;
  /** A document's card for other sites (<meta name="hub-embed">). */
  embed: boolean;
  searchBody: boolean;
  ids: Set<string>;
}

interface PendingAnchor {
  page: string;
  describe: string;
  target: string;
  fragment: string;
}

interface ParsedPage {
  info: PageInfo;
  references: Reference[];
  /** Files under _astro/ the page names anywhere (images, also in meta tags and JSON-LD). */
  assets: string[];
  /** Each image the page shows, as the candidates of its sizes and formats (a <picture>, or an <img> alone). */
  images: SrcsetCandidate[][];
  /** Hashes of its inline scripts and styles, for the Content Security Policy. */
  inline: InlineHashes;
  text: string;
  /** Its references resolved for one page path, origin and base (resolvedReferences). */
  resolved?: { key: string; references: ResolvedReference[] };
}

const ASSET_MENTION = /_astro\/([\w.-]+)/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
// Data blocks (JSON-LD) never run, so the policy does not cover them.
const RUNS = (attributes: string) =>
  !/\bsrc\s*=/i.test(attributes) && !/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes);
const hashSource = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The CSP hash sources of a page's inline scripts and styles: what the browser hashes is the text between the tags. */
const inlineHashes = (html: string): InlineHashes => ({
  scripts: [
    ...new Set(
      Array.from(html.matchAll(INLINE_SCRIPT))
        .filter((match) => RUNS(match[1]))
        .map((match) => hashSource(match[2])),
    ),
  ],
  styles: [...new Set(Array.from(html.matchAll(INLINE_STYLE), (match) => hashSource(match[1])))],
});

/** Everything the checks need from one HTML page, in a single pass of the parser. */
const parsePage = (html: string, collectText: boolean): ParsedPage => {
  const info: PageInfo = {
    lang: undefined,
    documentIds: [],
    withdrawn: false,
    redirect: false,
    embed: false,
    searchBody: false,
    ids: new Set(),
  };
  const references: Reference[] = [];
  const text: string[] = [];
  const images: SrcsetCandidate[][] = [];
  let picture: SrcsetCandidate[] | undefined;
  const add = (tag: string, attribute: string, value: string, loads: boolean): void => {
    references.push({ tag, attribute, value: value.trim(), loads });
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id !== undefined) info.ids.add(attributes.id);
        if (tag === 'a' && attributes.name !== undefined) info.ids.add(attributes.name);
        if ('data-pagefind-body' in attributes) info.searchBody = true;
        if (collectText) text.push(...Object.values(attributes));
        if (tag === 'html') info.lang = attributes.lang;
        if (tag === 'meta' && attributes.name === 'hub-document' && attributes.content !== undefined)
          info.documentIds.push(attributes.content);
        if (tag === 'meta' && attributes.name === 'hub-withdrawn') info.withdrawn = true;
        if (tag === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') info.redirect = true;
        if (tag === 'meta' && attributes.name === 'hub-embed') info.embed = true;
        if (attributes.href !== undefined) {
          if (tag === 'link') {
            const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
            if (!rels.some((rel) => CONNECTION_RELS.includes(rel)))
              add(
                tag,
                'href',
                attributes.href,
                rels.some((rel) => LOADING_RELS.includes(rel)),
              );
          } else if (tag === 'a' || tag === 'area') {
            add(tag, 'href', attributes.href, false);
          }
        }
        // An iframe shows another page rather than loading a file into this one, like a link does.
        if (attributes.src !== undefined) add(tag, 'src', attributes.src, LOADING_ELEMENTS.has(tag));
        const candidates =
          attributes.srcset !== undefined && (tag === 'img' || tag === 'source')
            ? srcsetCandidates(attributes.srcset)
            : [];
        for (const { url } of candidates) add(tag, 'srcset', url, true);
        if (tag === 'picture') picture = [];
        if (tag === 'img' || (tag === 'source' && picture)) {
          const width = Number(attributes.width) || undefined;
          const all = [...candidates, ...(attributes.src ? [{ url: attributes.src.trim(), width }] : [])];
          if (picture) picture.push(...all);
          else if (all.length > 0) images.push(all);
        }
        if (tag === 'video' && attributes.poster !== undefined) add(tag, 'poster', attributes.poster, true);
      },
      onclosetag(tag) {
        if (tag !== 'picture' || !picture) return;
        if (picture.length > 0) images.push(picture);
        picture = undefined;
      },
      ontext(data) {
        if (collectText) text.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const assets = [...new Set(Array.from(html.matchAll(ASSET_MENTION), (match) => match[1]))];
  return { info, references, assets, images, inline: inlineHashes(html), text: collectText ? text.join('') : '' };
};

/** Strings inside parsed JSON, so escaped characters (\u00e9, \") cannot hide forbidden text. */
const jsonStrings = (value: unknown, into: string[] = []): string[] => {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      jsonStrings(item, into);
    }
  }
  return into;
};

const xmlText = (xml: string): string => {
  const text: string[] = [];
  const parser = new Parser(
    {
      onopentag: (_tag, attributes) => text.push(...Object.values(attributes)),
      ontext: (data) => text.push(data),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return text.join('');
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const describeDocument = (document: ManifestDocument): string =>
  `${document.type} "${document.title}" (${document.documentId}, ${document.locale})`;

/**
 * Pages parsed by earlier checks in this process, by file identity. An incremental build links
 * the pages it did not render from the live release: same inode, same size and time, so only
 * the pages it rendered are read and parsed again.
 */
let parsedByIdentity = new Map<string, ParsedPage>();

export interface SiteCheckResult {
  /** Files under _astro/ that some page names. */
  assetsInUse: Set<string>;
  /** Every file of the site as the checks found it, search index aside (it may still be being written). */
  files: Set<string>;
  /** By HTML file: its language, the images it shows, its inline scripts' and styles' hashes. */
  pages: Map<string, PageSummary>;
}

export interface PageSummary {
  lang: string | undefined;
  /** Each image as the site paths (and widths, when known) of its sizes and formats. */
  images: SrcsetCandidate[][];
  inline: InlineHashes;
}

/** The site path a URL in a page names, when it is on the site itself. */
const ownPath = (value: string, pageUrl: URL, origin: string): string[] => {
  try {
    const url = new URL(value, pageUrl);
    return url.origin === origin ? [url.pathname] : [];
  } catch {
    return [];
  }
};

/** What a reference asks of the output: nothing, a problem whatever the output holds, or a file there (and an id in it). */
type ResolvedReference = undefined | { problem: string } | { rel: string; describe: string; id?: string };

/** Resolves a page's reference against the site's origin and base path: the part of checking it that needs no other file. */
const resolveReference = (
  page: string,
  pageUrl: URL,
  origin: string,
  base: string,
  { tag, attribute, value, loads }: Reference,
): ResolvedReference => {
  if (value === '') return undefined;
  const describe = `<${tag} ${attribute}="${value}">`;
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { problem: `${page}: ${describe} is not a valid URL. Fix the link in the content or the template.` };
  }
  // mailto:, tel:, data: and the like are not files to check.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== origin) {
    if (!loads) return undefined;
    return {
      problem:
        `${page}: ${describe} loads a file from another site (${url.host}). The site must not hot-link the CMS or ` +
        'anything else: copy the file into the build and point to its copy under the site path.',
    };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { problem: `${page}: ${describe} has a badly escaped path. Fix the link in the content or the template.` };
  }
  if (`${pathname}/` === base) pathname = base;
  if (!pathname.startsWith(base)) {
    return {
      problem: `${page}: ${describe} points outside the base path "${base}" the site is hosted under. Build internal URLs with the base path in front.`,
    };
  }
  const fragment = url.hash.slice(1);
  // "#" and "#top" scroll to the top of any page; other fragments need a matching id.
  if (fragment === '' || fragment.toLowerCase() === 'top') return { rel: pathname.slice(base.length), describe };
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  return { rel: pathname.slice(base.length), describe, id };
};

/**
 * A parsed page's references, resolved once: a page an incremental build reused is parsed
 * once per process (parsedByIdentity), and resolving its links each build was most of the checks.
 */
const resolvedReferences = (
  parsed: ParsedPage,
  page: string,
  pageUrl: URL,
  origin: string,
  base: string,
): ResolvedReference[] => {
  const key = `${page}\0${origin}\0${base}`;
  if (parsed.resolved?.key !== key)
    parsed.resolved = {
      key,
      references: parsed.references.map((reference) => resolveReference(page, pageUrl, origin, base, reference)),
    };
  return parsed.resolved.references;
};

const siteOrigin = (manifest: BuildManifest): string => {
  try {
    return new URL(manifest.siteUrl).origin;
  } catch {
    // Without a site URL only relative and root-relative links can be internal.
    return 'http://site.invalid';
  }
};

const anchorProblem = (page: string, describe: string, target: string, id: string): string =>
  `${page}: ${describe} points to id="${id}", which ${target === page ? 'this page' : target} does not have. ` +
  'Make the link and the heading id agree (tables of contents take ids from the headings).';

/** The output file a site path names, or undefined when nothing is there. */
const fileLookup =
  (files: Set<string>, dirs: Set<string>) =>
  (rel: string): string | undefined => {
    if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
    if (files.has(rel)) return rel;
    // Static hosts answer /guides/x with /guides/x/index.html.
    if (dirs.has(rel) && files.has(`${rel}/index.html`)) return `${rel}/index.html`;
    return undefined;
  };

/**
 * One page, parsed. Without forbidden text to look for, a file the previous check parsed (same
 * inode, size and time: a page reused from the live site) is not parsed again.
 */
const readPage = async (
  file: string,
  parsed: Map<string, ParsedPage>,
  lookForForbidden?: (html: string, text: string) => void,
): Promise<ParsedPage> => {
  if (lookForForbidden) {
    const html = await readFile(file, 'utf8');
    const result = parsePage(html, true);
    lookForForbidden(html, result.text);
    return result;
  }
  const { dev, ino, size, mtimeMs } = await stat(file);
  const identity = `${dev}:${ino}:${size}:${mtimeMs}`;
  const result = parsedByIdentity.get(identity) ?? parsePage(await readFile(file, 'utf8'), false);
  parsed.set(identity, result);
  return result;
};

export const checkSite = async ({
  outDir,
  manifest,
  forbiddenText = [],
  searchIndexed,
}: CheckSiteOptions): Promise<SiteCheckResult> => {
  const root = path.resolve(outDir);
  const { base } = manifest;
  const problems: string[] = [];
  const forbidden = forbiddenText.filter((text) => text !== '');
  const findForbidden = (file: string, ...texts: string[]): void => {
    for (const phrase of forbidden) {
      if (texts.some((text) => text.includes(phrase))) {
        problems.push(
          `${file} contains "${phrase}", which must not be published (a draft or withdrawn entry leaked into the build).`,
        );
      }
    }
  };

  const origin = siteOrigin(manifest);

  const { files, dirs } = await walk(root);
  const pages = new Map<string, PageInfo>();
  const pendingAnchors: PendingAnchor[] = [];
  const searchReferences: { page: string; describe: string; rel: string }[] = [];

  const fileFor = fileLookup(files, dirs);

  const sitePathOf = (rel: string): string =>
    `${base}${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;

  const checkReference = (page: string, info: PageInfo, resolved: ResolvedReference): void => {
    if (resolved === undefined) return;
    if ('problem' in resolved) {
      problems.push(resolved.problem);
      return;
    }
    const { rel, describe, id } = resolved;
    // The search index may still be being written: its files are looked for once it is.
    if (rel.startsWith(`${SEARCH_DIR}/`)) {
      searchReferences.push({ page, describe, rel });
      return;
    }
    const target = fileFor(rel);
    if (!target) {
      const expected = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      problems.push(
        `${page}: ${describe} leads nowhere: there is no ${expected} in the output. ` +
          'Fix the link, or make the build emit what it points to.',
      );
      return;
    }
    if (id === undefined || !target.endsWith('.html')) return;
    if (target === page) {
      if (!info.ids.has(id)) problems.push(anchorProblem(page, describe, target, id));
    } else {
      pendingAnchors.push({ page, describe, target, fragment: id });
    }
  };

  const htmlFiles = [...files].filter((file) => file.endsWith('.html')).sort();
  const otherTextFiles = [...files].filter((file) => TEXT_FILES.test(file) && !file.endsWith('.html')).sort();

  const parsed = new Map<string, ParsedPage>();
  const assetsInUse = new Set<string>();
  const pageSummaries = new Map<string, PageSummary>();
  await mapLimit(htmlFiles, READ_CONCURRENCY, async (page) => {
    const result = await readPage(
      path.join(root, page),
      parsed,
      forbidden.length > 0 ? (html, text) => findForbidden(page, html, text) : undefined,
    );
    const { info, assets, images, inline } = result;
    pages.set(page, info);
    for (const asset of assets) assetsInUse.add(asset);
    const pageUrl = new URL(sitePathOf(page), origin);
    for (const resolved of resolvedReferences(result, page, pageUrl, origin, base))
      checkReference(page, info, resolved);
    const ownImages = images.map((candidates) =>
      candidates.flatMap(({ url, width }) =>
        ownPath(url, pageUrl, origin).map((sitePath) => ({ url: sitePath, width })),
      ),
    );
    pageSummaries.set(page, { lang: info.lang, images: ownImages.filter((urls) => urls.length > 0), inline });
  });
  parsedByIdentity = parsed;

  for (const { page, describe, target, fragment } of pendingAnchors) {
    if (!pages.get(target)?.ids.has(fragment)) problems.push(anchorProblem(page, describe, target, fragment));
  }

  if (forbidden.length > 0) await findForbiddenInTextFiles(root, otherTextFiles, findForbidden);
  checkDocumentPages(manifest, pages, fileFor, problems);
  checkStrayDocumentPages(manifest, htmlFiles, pages, sitePathOf, problems);

  // The pages are checked while Pagefind indexes them; its index is checked once written.
  await searchIndexed;
  for (const { page, describe, rel } of searchReferences)
    if (!existsSync(path.join(root, rel)))
      problems.push(
        `${page}: ${describe} leads nowhere: the search index has no ${rel}. Check that Pagefind ran and wrote its files.`,
      );
  await checkSearch(root, manifest, problems, forbidden.length > 0 ? findForbidden : undefined);

  if (problems.length > 0) throw new SiteCheckError(root, problems.sort());
  return { assetsInUse, files, pages: pageSummaries };
};

/** Text files other than pages (feeds, JSON, sitemaps) are searched for forbidden text too, decoded where they parse. */
const findForbiddenInTextFiles = async (
  root: string,
  textFiles: string[],
  findForbidden: (file: string, ...texts: string[]) => void,
): Promise<void> => {
  await mapLimit(textFiles, READ_CONCURRENCY, async (file) => {
    const content = await readFile(path.join(root, file), 'utf8');
    const decoded: string[] = [];
    try {
      if (/\.(json|webmanifest)$/i.test(file)) decoded.push(...jsonStrings(JSON.parse(content)));
      if (/\.xml$/i.test(file)) decoded.push(xmlText(content));
    } catch {
      // A file that does not parse is still searched as it is written.
    }
    findForbidden(file, content, ...decoded);
  });
};

/** Every published document has exactly one page, in its language, that says which document it is. */
const checkDocumentPages = (
  manifest: BuildManifest,
  pages: Map<string, PageInfo>,
  fileFor: (rel: string) => string | undefined,
  problems: string[],
): void => {
  const { base } = manifest;
  const published = new Set(manifest.documents.map((document) => `${document.documentId} ${document.locale}`));
  for (const document of manifest.documents) {
    if (!document.url.startsWith(base)) {
      problems.push(
        `The manifest lists ${describeDocument(document)} at "${document.url}", which does not start with the base path "${base}".`,
      );
      continue;
    }
    const page = fileFor(document.url.slice(base.length));
    const info = page === undefined ? undefined : pages.get(page);
    if (page === undefined || !info) {
      problems.push(
        `No page for ${describeDocument(document)}: the manifest lists ${document.url} but the output has no ` +
          `${document.url.slice(base.length)}index.html. The site build must emit every document it lists.`,
      );
      continue;
    }
    if (!info.documentIds.includes(document.documentId)) {
      problems.push(
        `${page}: the page of ${describeDocument(document)} should carry <meta name="hub-document" content="${document.documentId}"> ` +
          `but has ${info.documentIds.length > 0 ? `"${info.documentIds.join('", "')}"` : 'none'}.`,
      );
    }
    if (info.lang !== document.locale) {
      problems.push(
        `${page}: the page of ${describeDocument(document)} has lang="${info.lang ?? ''}" on <html>; it should be "${document.locale}", ` +
          'so browsers, screen readers and the search index treat it as that language.',
      );
    }
  }
  const claims = new Map<string, string[]>();
  for (const [page, info] of pages) {
    for (const documentId of info.documentIds) {
      const key = `${documentId} ${info.lang ?? ''}`;
      claims.set(key, [...(claims.get(key) ?? []), page]);
      if (!published.has(key) && !info.withdrawn) {
        problems.push(
          `${page}: says it is document ${documentId} (lang "${info.lang ?? ''}"), which the manifest does not list as published. ` +
            'Only published documents may have a page; check what the site build fetched.',
        );
      }
    }
  }
  for (const [key, claimed] of claims) {
    if (claimed.length > 1) {
      const [documentId, lang] = key.split(' ');
      problems.push(
        `${claimed.sort().join(', ')}: ${claimed.length} pages say they are document ${documentId} in "${lang}"; there must be one.`,
      );
    }
  }
};

/** A page under a type's folder that no published document owns: an unpublished slug leaked. */
const checkStrayDocumentPages = (
  manifest: BuildManifest,
  htmlFiles: string[],
  pages: Map<string, PageInfo>,
  sitePathOf: (rel: string) => string,
  problems: string[],
): void => {
  const documentUrls = new Set(manifest.documents.map((document) => document.url));
  for (const page of htmlFiles) {
    const match = DOCUMENT_PAGE.exec(page);
    if (!match || match[2] === 'page') continue;
    const sitePath = sitePathOf(page);
    if (documentUrls.has(sitePath)) continue;
    const info = pages.get(page);
    if ((info?.withdrawn || info?.redirect || info?.embed) && !info.searchBody) continue;
    problems.push(
      info?.withdrawn
        ? `${page}: a withdrawn-document page carries data-pagefind-body, so search would still offer it. Remove data-pagefind-body from it.`
        : `${page}: a page for the slug "${match[2]}" at ${sitePath}, but no published document has that URL. ` +
            'An unpublished or renamed entry was built; a withdrawn document needs <meta name="hub-withdrawn"> and no data-pagefind-body.',
    );
  }
};

/** Every document is in its language's search index, and the index holds nothing else. */
const checkSearch = async (
  root: string,
  manifest: BuildManifest,
  problems: string[],
  findForbidden: ((file: string, ...texts: string[]) => void) | undefined,
): Promise<void> => {
  let shards: Awaited<ReturnType<typeof readSearchShards>>;
  try {
    shards = await readSearchShards(root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(
      `${SEARCH_DIR}/shards.json could not be read (${reason}). The search index was not built; run the search step after the site build.`,
    );
    return;
  }
  const pageCounts: Record<string, number> = {};
  const urlsByLanguage = new Map<string, string[]>();
  for (const shard of shards) {
    const shardDir = path.join(root, SEARCH_DIR, shard.path);
    let entry: SearchEntry;
    try {
      entry = JSON.parse(await readFile(path.join(shardDir, 'pagefind-entry.json'), 'utf8')) as SearchEntry;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(
        `${SEARCH_DIR}/${shard.path}pagefind-entry.json could not be read (${reason}). The search index was not built; run the search step after the site build.`,
      );
      continue;
    }
    for (const [language, { page_count }] of Object.entries(entry.languages))
      pageCounts[language] = (pageCounts[language] ?? 0) + page_count;
    let names: string[] = [];
    try {
      names = (await readdir(path.join(shardDir, 'fragment'))).filter((name) => name.endsWith('.pf_fragment'));
    } catch {
      // No fragments at all: each document below is then reported as missing from search.
    }
    await mapLimit(names, READ_CONCURRENCY, async (name) => {
      const file = `${SEARCH_DIR}/${shard.path}fragment/${name}`;
      let decoded: ReturnType<typeof decodeFragmentFile>;
      try {
        decoded = decodeFragmentFile(await readFile(path.join(root, file)));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push(
          `${file} could not be decoded (${reason}); the search index is damaged or from another Pagefind version. Build again.`,
        );
        return;
      }
      const language = languageOfFragment(name, Object.keys(entry.languages));
      const urls = urlsByLanguage.get(language) ?? [];
      urls.push(...decoded.fragments.map((fragment) => fragment.url));
      urlsByLanguage.set(language, urls);
      findForbidden?.(file, decoded.json, ...jsonStrings(decoded.fragments));
    });
  }

  const languages = new Set([...Object.keys(pageCounts), ...manifest.documents.map((document) => document.locale)]);
  for (const language of languages) {
    const documents = manifest.documents.filter((document) => document.locale === language);
    const indexed = new Set(urlsByLanguage.get(language) ?? []);
    const documentUrls = new Set<string>();
    const attachmentUrls = new Set<string>();
    for (const document of documents) {
      if (!document.url.startsWith(manifest.base)) continue;
      const url = searchUrl(manifest.base, document.url);
      documentUrls.add(url);
      if (!indexed.has(url)) {
        problems.push(
          `${describeDocument(document)} at ${document.url} is not in the "${language}" search index. Its page needs ` +
            `<html lang="${language}"> and an <article data-pagefind-body>.`,
        );
      }
      for (const attachment of document.attachments) {
        if (attachment.url.startsWith(manifest.base)) attachmentUrls.add(searchUrl(manifest.base, attachment.url));
      }
    }
    let pdfRecords = 0;
    for (const url of urlsByLanguage.get(language) ?? []) {
      const pdfPage = /^(.*)#page=\d+$/.exec(url);
      if (pdfPage && attachmentUrls.has(pdfPage[1]!)) pdfRecords += 1;
      else if (!documentUrls.has(url)) {
        problems.push(
          `The "${language}" search index holds ${url}, which is not a published document or one of its PDFs. ` +
            'Only document pages may carry data-pagefind-body.',
        );
      }
    }
    const pageCount = pageCounts[language] ?? 0;
    const expected = documents.length + pdfRecords;
    if (pageCount !== expected) {
      problems.push(
        `The "${language}" search index counts ${plural(pageCount, 'page')}; expected ${expected} ` +
          `(${plural(documents.length, 'document')} + ${plural(pdfRecords, 'PDF page')}). Pages are missing from search or indexed twice.`,
      );
    }
  }
};
