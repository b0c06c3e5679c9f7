import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Both locales must be complete: a key in one file and not the other is a bug a user would see.
const root = join(__dirname, '../../locales');
const languages = ['en', 'ja'] as const;

function flatten(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

const read = (language: string, file: string) => JSON.parse(readFileSync(join(root, language, file), 'utf8')) as unknown;

describe('locale files', () => {
  const files = readdirSync(join(root, 'en')).sort();

  it('exist for the same namespaces in every language', () => {
    for (const language of languages) expect(readdirSync(join(root, language)).sort()).toEqual(files);
  });

  it.each(files)('%s has the same keys in en and ja', (file) => {
    const en = flatten(read('en', file)).sort();
    const ja = flatten(read('ja', file)).sort();
    expect(ja.filter((key) => !en.includes(key)), 'keys only in ja').toEqual([]);
    expect(en.filter((key) => !ja.includes(key)), 'keys only in en').toEqual([]);
  });

  it.each(files)('%s has no empty strings', (file) => {
    for (const language of languages) {
      const text = JSON.stringify(read(language, file));
      expect(text).not.toMatch(/:""/);
    }
  });
});
