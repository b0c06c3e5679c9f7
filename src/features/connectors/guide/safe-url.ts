/**
 * The only URLs a guide may link to or load: web and mail links, and in-page anchors. Everything
 * else (javascript:, data:, vbscript:, relative paths that would resolve against the console)
 * becomes an empty string, which the renderer shows as plain text.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeUrl(value: string): string {
  const trimmed = value.trim();
  if (/^#[^\s]*$/.test(trimmed)) return trimmed;
  try {
    // The URL parser drops tabs and line breaks the way browsers do, so "java\tscript:" is caught too.
    const url = new URL(trimmed);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

export const HEADING_PREFIX = 'guide-';

/** Scrolls to a heading of the guide and moves focus there, without touching the router's URL. */
export function jumpToHeading(hash: string) {
  const target = document.getElementById(hash.slice(1));
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
