/**
 * Text extracted from PDFs and saved web pages carries what surrounded the document rather than
 * the document: running headers and footers, page numbers, icon and menu words, cookie and share
 * prompts, empty metadata labels, reading times and link placeholders. This removes them and
 * joins words hyphenated across line breaks, so an imported draft starts with the document's text.
 */

/** A line repeated at the top or bottom of at least this share of pages is a running header or footer. */
const RUNNING_SHARE = 0.5;
/** Lines looked at, from each end of a page, for running headers and footers. */
const EDGE_LINES = 3;

const PAGE_NUMBER = [
  /^(page|p\.|pg\.?|seite|página|pagina)\s*\d{1,4}(\s*(\/|of|sur|de|von|من)\s*\d{1,4})?$/iu,
  // A bare number of up to three digits ("2023" alone may be a year).
  /^\d{1,3}(\s*(\/|of|sur|de|von|من)\s*\d{1,4})?$/iu,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
  // Front matter's lower-case roman numerals, i to xxxix.
  /^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$/,
];

// Words of icon fonts and share bars, as extraction runs them together ("closefacebooklinkedin").
const UI_WORDS =
  /(arrow(-(circle|down|up|left|right|small|basic))*|close|facebook|linkedin|instagram|youtube|twitter|whatsapp|email|search|video-icon|icon|menu|print|share|rss|x-twitter)/gi;

const FURNITURE_LINES = [
  /^skip to (the )?(main )?content$/i,
  /^(share( this( page| article)?)?( on)?|follow us|print( this page)?|back to top|toggle navigation|main menu|menu|close|search)$/i,
  /^[—–-]?\s*\d+\s+min(ute)?s?\s+(reading time|read)$/i,
  /^(publication date|content type|date|author|tags|categories|share|published|posted in|filed under):$/i,
  // Blog and comment widgets.
  /^(no comments|post a comment|newer post|older post|leave a (reply|comment)|subscribe to: .*)[:.]?$/i,
];

const COOKIE_PROMPT = /\bcookies?\b/i;
const COOKIE_WORDS = /\b(accept|consent|preferences|we use|this (web)?site uses|privacy policy|reject)\b/i;

const isUiWordsLine = (line: string) =>
  /[a-z]/i.test(line) && line.replace(UI_WORDS, '').replace(/[\s|·•/-]+/g, '') === '';

const isCookiePrompt = (line: string) => line.length < 400 && COOKIE_PROMPT.test(line) && COOKIE_WORDS.test(line);

/** Whether a line, on its own, is page furniture wherever it stands. */
export const isFurnitureLine = (line: string): boolean => {
  const text = line.trim();
  if (!text) return false;
  return (
    PAGE_NUMBER.some((pattern) => pattern.test(text)) ||
    FURNITURE_LINES.some((pattern) => pattern.test(text)) ||
    isUiWordsLine(text) ||
    isCookiePrompt(text)
  );
};

/** Headers and footers differ only in their page number: "Guide for Mayors | 4" and "… | 5" are one. */
const edgeKey = (line: string) => line.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

const runningLines = (pages: string[][]): Set<string> => {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const filled = page.filter((line) => line.trim());
    const edges = new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)].map(edgeKey));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
};

/** "[Fourth Global Summit](#)" -> "Fourth Global Summit"; "**bold**" -> "bold". */
export const withoutLinkPlaceholders = (line: string): string =>
  line
    .replace(/\[([^\]]*)\]\((#|\s*)\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([()[\]])/g, '$1');

/** Joins "preven-" + "tion" into "prevention" where a line ends in a hyphenated word. */
const joinHyphenation = (lines: string[]): string[] => {
  const joined: string[] = [];
  for (const line of lines) {
    // Across a page's end too: the blank lines between are dropped.
    let last = joined.length - 1;
    while (last >= 0 && !joined[last]!.trim()) last -= 1;
    const previous = joined[last];
    if (previous !== undefined && /\p{Ll}-$/u.test(previous) && /^\p{Ll}/u.test(line.trim()))
      joined.splice(last, joined.length - last, `${previous.slice(0, -1)}${line.trim()}`);
    else joined.push(line);
  }
  return joined;
};

/**
 * The document's lines, page after page, without the furniture; an empty line marks a break the
 * source had (a blank line, or a page's end).
 */
export const removeFurniture = (pages: string[]): string[] => {
  const split = pages.map((page) => page.replace(/\r\n?/g, '\n').split('\n'));
  const running = pages.length > 1 ? runningLines(split) : new Set<string>();
  const lines: string[] = [];
  for (const page of split) {
    const filled = page.filter((line) => line.trim());
    const edges = new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)]);
    for (const line of page) {
      if (edges.has(line) && running.has(edgeKey(line))) continue;
      if (isFurnitureLine(line)) continue;
      lines.push(withoutLinkPlaceholders(line).trimEnd());
    }
    lines.push('');
  }
  return joinHyphenation(lines);
};
