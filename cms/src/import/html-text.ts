/**
 * A saved web page's text, for import: its title and language, and the lines of what it says,
 * without what surrounds it (navigation, header and footer, sidebars, forms, cookie and share
 * banners) or anything that runs (scripts, styles, inline handlers: only text is kept, so nothing
 * executable can be stored). Parsed by htmlparser2, the parser the post-build checks use.
 */
import { Parser } from 'htmlparser2';

const SKIPPED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'object',
  'embed',
  'dialog',
]);
const SKIPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'search',
  'complementary',
]);
// Classes and ids of the page furniture sites wrap in plain divs.
const FURNITURE_NAMES =
  /(^|[\s_-])(cookies?|consent|gdpr|share|sharing|social|breadcrumbs?|skip|menu|navbar|nav|sidebar|newsletter|related|comments?)([\s_-]|$)/i;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'li',
  'br',
  'tr',
  'table',
  'blockquote',
  'figure',
  'figcaption',
  'dl',
  'dd',
  'dt',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const LINE_TAGS = new Set(['li', 'br', 'tr', 'dd', 'dt']);

export interface PageText {
  /** From <title>, else the first <h1>. */
  title?: string;
  /** From <html lang>, e.g. "fr". */
  lang?: string;
  /** A blank line between blocks, a heading alone between blank lines, list items bulleted. */
  text: string;
}

const isFurniture = (name: string, attributes: Record<string, string>) =>
  SKIPPED_TAGS.has(name) ||
  'hidden' in attributes ||
  attributes['aria-hidden'] === 'true' ||
  SKIPPED_ROLES.has(attributes.role ?? '') ||
  FURNITURE_NAMES.test(`${attributes.id ?? ''} ${attributes.class ?? ''}`);

export const htmlText = (html: string): PageText => {
  let lang: string | undefined;
  let title = '';
  let firstHeading = '';
  let inTitle = false;
  let inHeading: string | undefined;
  /** Open elements, each with whether it (or an ancestor) is furniture. */
  const open: { name: string; skipped: boolean }[] = [];
  let text = '';
  const skipping = () => open.at(-1)?.skipped ?? false;
  const breakLine = (blank: boolean) => {
    text = text.replace(/[ \t]+$/, '');
    text += blank ? '\n\n' : '\n';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) lang = attributes.lang.split('-')[0]!.toLowerCase();
        if (name === 'title') inTitle = true;
        const skipped = skipping() || (name !== 'title' && isFurniture(name, attributes));
        open.push({ name, skipped });
        if (skipped) return;
        if (BLOCK_TAGS.has(name)) breakLine(/^(h\d|p|ul|ol|table|blockquote|section|article)$/.test(name));
        if (/^h\d$/.test(name)) inHeading = name;
        if (name === 'li') text += '• ';
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipping()) return;
        if (inHeading === 'h1' && !firstHeading) firstHeading += data;
        text += data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const closed = open.pop();
        if (closed?.skipped) return;
        if (name === inHeading) inHeading = undefined;
        // A list item, row or <br> ends its line when the next one opens, not with a blank line.
        if (BLOCK_TAGS.has(name) && !LINE_TAGS.has(name))
          breakLine(/^(h\d|p|ul|ol|table|blockquote|section|article)$/.test(name));
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const clean = (value: string) => value.replace(/\s+/g, ' ').trim() || undefined;
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: clean(title) ?? clean(firstHeading), lang, text: lines };
};
