import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The console's own strings, read from locales/ so these suites find controls by the exact accessible
 * names users get in each language, and follow a rewording instead of breaking on it.
 */
export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['ja', 'en'];

const cache = new Map<string, unknown>();

function namespace(lang: Lang, ns: string): unknown {
  const key = `${lang}/${ns}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(join(process.cwd(), 'locales', lang, `${ns}.json`), 'utf8')));
  return cache.get(key);
}

/** `label('ja', 'applications:create.action')`, with `{{name}}` placeholders filled from `values`. */
export function label(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: unknown = namespace(lang, ns);
  for (const part of path.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No string at ${lang}/${ns}:${path}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** The same label in both languages, handy for `getByRole(..., { name: either(...) })` in language-agnostic helpers. */
export const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
