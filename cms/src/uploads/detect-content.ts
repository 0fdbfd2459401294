/**
 * What a file holds, from its first bytes, whatever its name or declared type says. Binary
 * formats are recognised by file-type; the text formats that can carry scripts (SVG, HTML) by
 * the same patterns browsers use to sniff them, so a disguised one is named for what it is.
 */
import type * as FileType from 'file-type';
import { type FileKind, kindByMime } from './file-kinds';

/** file-type never reads further than this for the formats here. */
export const HEAD_BYTES = 4100;

export type Content =
  | { is: 'accepted'; kind: FileKind }
  | { is: 'svg' }
  | { is: 'html' }
  /** Text with no markup a browser would render: a script, a CSV, plain notes. */
  | { is: 'text' }
  /** Another format file-type knows, such as GIF, HEIC or ZIP. */
  | { is: 'other'; mime: string; ext: string }
  | { is: 'unknown' };

let fileType: Promise<typeof FileType> | undefined;

/**
 * file-type is an ES module only; the CMS compiles to CommonJS, where this import becomes
 * require(), which loads ES modules from Node 20.19 on. The upload check loads it when the CMS
 * registers, so an older Node stops start-up with this line instead of failing an editor's upload.
 */
export const loadFileType = (): Promise<typeof FileType> =>
  (fileType ??= import('file-type').catch((error: Error) => {
    throw new Error(
      `The upload check cannot load file-type on Node ${process.version} (${error.message}): use Node 20.19 or later.`,
    );
  }));

// WHATWG MIME Sniffing, "identifying a resource with an unknown MIME type": the tags that make a
// browser render a file as HTML, case-insensitive, after leading white space.
const HTML_START = /^<(!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;
// An SVG root may follow an XML declaration, comments or a doctype, so it is looked for anywhere.
const SVG_ROOT = /<svg[\s>/]/i;
// Text has no control characters other than tab, line breaks, form feed and escape.
const isText = (head: Uint8Array) => !head.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b));

export const detectContent = async (head: Uint8Array): Promise<Content> => {
  const found = await (await loadFileType()).fileTypeFromBuffer(head);
  const kind = kindByMime(found?.mime);
  if (kind) return { is: 'accepted', kind };
  if (isText(head)) {
    const text = new TextDecoder()
      .decode(head)
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (SVG_ROOT.test(text)) return { is: 'svg' };
    if (HTML_START.test(text)) return { is: 'html' };
    // file-type calls any XML "application/xml"; other than SVG, an XML file is just text here.
    if (!found || found.mime === 'application/xml') return { is: 'text' };
  }
  return found ? { is: 'other', mime: found.mime, ext: found.ext } : { is: 'unknown' };
};
