// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSearchFilter, likeToRegExp, parseSearch } from './search';

type Row = { id: string; name: string; description: string | null };
const rows: Row[] = [
  { id: 'abc', name: 'Bookstore', description: 'Sells books' },
  { id: 'def', name: 'Blog_2', description: null },
  { id: 'ghi', name: '100% Pure', description: 'A bookish app' },
];
const fields = ['id', 'name', 'description'] as const;

function search(query: string): string[] {
  const filter = buildSearchFilter(parseSearch(new URLSearchParams(query), fields), (row: Row) => row, fields);
  return rows.filter(filter).map((row) => row.id);
}

describe('likeToRegExp', () => {
  it('anchors the pattern and maps % and _', () => {
    expect(likeToRegExp('%book%', false).test('My Bookstore')).toBe(true);
    expect(likeToRegExp('book', false).test('Bookstore')).toBe(false);
    expect(likeToRegExp('b_g', false).test('bag')).toBe(true);
    expect(likeToRegExp('b_g', false).test('bang')).toBe(false);
  });

  it('is case-insensitive unless asked, and escapes regex characters and wildcards', () => {
    expect(likeToRegExp('BOOK%', false).test('bookstore')).toBe(true);
    expect(likeToRegExp('BOOK%', true).test('bookstore')).toBe(false);
    expect(likeToRegExp('a.c', false).test('abc')).toBe(false);
    expect(likeToRegExp('100\\%%', false).test('100% Pure')).toBe(true);
    expect(likeToRegExp('100\\%%', false).test('1000 Pure')).toBe(false);
  });
});

describe('application search', () => {
  it('looks in id, name and description with `search`', () => {
    expect(search('search=%25book%25')).toEqual(['abc', 'ghi']);
    expect(search('search=def')).toEqual(['def']);
  });

  it('limits the fields with `search.<field>` and combines with `joint`', () => {
    expect(search('search.name=%25book%25')).toEqual(['abc']);
    expect(search('search.name=B%25&search.description=%25app&joint=and')).toEqual([]);
    expect(search('search.name=B%25&search.description=%25app')).toEqual(['abc', 'def', 'ghi']);
  });

  it('supports exact (many values) and posix modes', () => {
    expect(search('mode=exact&search.name=bookstore&search.name=blog_2')).toEqual(['abc', 'def']);
    expect(search('mode.name=posix&search.name=^B.*[0-9]$')).toEqual(['def']);
  });

  it('refuses unknown fields, empty values and case-insensitive `similar_to`', () => {
    expect(() => search('search.secret=x')).toThrow();
    expect(() => search('search=')).toThrow();
    expect(() => search('mode=similar_to&search=B%25')).toThrow();
    expect(search('mode=similar_to&isCaseSensitive=true&search=B(ook|log)%25')).toEqual(['abc', 'def']);
  });
});
