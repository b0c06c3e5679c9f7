import type { ValidationCode } from './validation';

export type UriEntry = { value: string };

const HTTP_PREFIX = /^https?:\/\//i;
// Logto's rule for native apps: a reverse-domain custom scheme such as `io.acme.mobile://callback`.
const NATIVE_SCHEME = /^[a-z][\d+\-_a-z]*(\.[\d+\-_a-z]+)+:\/\/?\S*$/i;

const parses = (value: string) => {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * The same rule Logto applies: absolute http(s) URLs for web apps; native apps may also use a
 * reverse-domain scheme. A fragment is refused too: OAuth forbids it in a redirect URI, and
 * the failure would otherwise show up much later, at sign-in.
 */
export function validateRedirectUri(raw: string, options: { allowCustomScheme?: boolean } = {}): ValidationCode | undefined {
  const value = raw.trim();
  if (HTTP_PREFIX.test(value)) {
    if (!parses(value) || !new URL(value).hostname) return 'uri_invalid';
  } else if (options.allowCustomScheme) {
    if (!NATIVE_SCHEME.test(value)) return 'uri_invalid_native';
  } else {
    return parses(value) ? 'uri_not_http' : 'uri_invalid';
  }
  if (value.includes('#')) return 'uri_has_fragment';
  return undefined;
}

/**
 * What makes two URIs the same: for http(s), the URL as parsed (scheme and host are case-blind,
 * `:443` on https is the default); a custom scheme only as typed.
 */
function sameness(value: string): string {
  if (!HTTP_PREFIX.test(value) || !parses(value)) return value;
  return new URL(value).href;
}

/** Problems per row, as `[index, code]`; blank rows are fine (they are dropped on save). */
export function uriListProblems(entries: readonly UriEntry[], options: { allowCustomScheme?: boolean } = {}) {
  const problems: [number, ValidationCode][] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const value = entry.value.trim();
    if (!value) return;
    const problem = validateRedirectUri(value, options);
    const key = sameness(value);
    if (problem) problems.push([index, problem]);
    else if (seen.has(key)) problems.push([index, 'uri_duplicate']);
    seen.add(key);
  });
  return problems;
}

/** The URIs to send, and for each one the form row it came from (to place a server error). */
export function cleanUriList(entries: readonly UriEntry[]) {
  const uris: string[] = [];
  const rows: number[] = [];
  entries.forEach((entry, index) => {
    const value = entry.value.trim();
    if (value) {
      uris.push(value);
      rows.push(index);
    }
  });
  return { uris, rows };
}

export const toUriEntries = (uris: readonly string[]): UriEntry[] => uris.map((value) => ({ value }));

/** The quick start's suggestion for a local Flask app. */
export const SUGGESTED_REDIRECT_URI = 'http://localhost:3000/callback';
export const SUGGESTED_POST_SIGN_OUT_URI = 'http://localhost:3000/';
