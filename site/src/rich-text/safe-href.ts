/**
 * Which link targets from rich text may become links. Only http(s), mailto and relative
 * addresses: `javascript:`, `data:` and every other scheme are rendered as plain text.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export const safeHref = (url: string): string | undefined => {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do we.
  const trimmed = url.trim();
  const collapsed = [...trimmed]
    .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
    .join('');
  if (!collapsed) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(collapsed)?.[1];
  if (!scheme) return collapsed.startsWith('//') ? undefined : trimmed;
  return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`) ? trimmed : undefined;
};
