// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shapeMismatches, valueMismatches } from './compare';

// The judge of the contract suite must itself be able to say "different".
describe('shapeMismatches', () => {
  it('accepts the same keys and types with other values', () => {
    expect(shapeMismatches({ id: 'a', n: 1, ok: true, tags: ['x'] }, { id: 'b', n: 2, ok: false, tags: ['y', 'z'] })).toEqual([]);
  });

  it('reports missing keys, unexpected keys and type changes with their path', () => {
    expect(shapeMismatches({ id: 1, extra: true, nested: { a: 'x' } }, { id: 'a', name: 'n', nested: { a: 1 } })).toEqual([
      '$.name: missing',
      '$.extra: unexpected key',
      '$.id: expected string, got number',
      '$.nested.a: expected number, got string',
    ]);
  });

  it('needs every list item to look like some recorded item', () => {
    expect(shapeMismatches([{ a: 1 }, { b: 'x' }], [{ a: 2 }, { b: 'y' }])).toEqual([]);
    expect(shapeMismatches([{ c: 1 }], [{ a: 2 }])).toEqual(['$[0].a: missing', '$[0].c: unexpected key']);
    expect(shapeMismatches([], [{ a: 1 }])).toEqual(['$: expected items, got an empty list']);
  });

  it('treats localised texts as maps that must have English', () => {
    expect(shapeMismatches({ name: { en: 'A', ja: 'エー' } }, { name: { en: 'A', ko: 'A' } })).toEqual([]);
    expect(shapeMismatches({ name: { ja: 'エー' } }, { name: { en: 'A' } })).toEqual(['$.name: missing "en"']);
  });

  it('lets nullable columns be null on either side, and nothing else', () => {
    expect(shapeMismatches({ description: null }, { description: 'x' })).toEqual([]);
    expect(shapeMismatches({ name: null }, { name: 'x' })).toEqual(['$.name: expected string, got null']);
  });
});

describe('valueMismatches', () => {
  it('ignores timestamps and secret values but nothing else', () => {
    expect(valueMismatches({ name: 'a', value: 's1', createdAt: 1 }, { name: 'a', value: 's2', createdAt: 2 })).toEqual([]);
    expect(valueMismatches({ name: 'a' }, { name: 'b' })).toEqual(['$.name: expected "b", got "a"']);
  });

  it('compares list lengths and items in order', () => {
    expect(valueMismatches([1, 2], [1])).toEqual(['$: expected 1 item(s), got 2']);
    expect(valueMismatches([2, 1], [1, 2])).toHaveLength(2);
  });

  it("skips a catalogue entry's texts and art, which are Torii's own", () => {
    const recorded = { id: 'x', name: { en: '(omitted)' }, readme: '#', logo: 'a', formItems: [] };
    expect(valueMismatches({ ...recorded, name: { en: 'X' }, readme: '# X', logo: 'b' }, recorded)).toEqual([]);
    expect(valueMismatches({ ...recorded, formItems: [1] }, recorded)).toEqual(['$.formItems: expected 0 item(s), got 1']);
  });
});
