import { describe, expect, it } from 'vitest';
import { parseFormItems } from '@/api/connector-form-items';

const base = { key: 'k', label: 'Label' };

describe('parseFormItems', () => {
  it.each([
    ['Text', { ...base, type: 'Text', placeholder: '<id>', required: true, isConfidential: true }],
    ['MultilineText', { ...base, type: 'MultilineText', description: 'd', tooltip: 't' }],
    ['Number', { ...base, type: 'Number', defaultValue: 465 }],
    ['Switch', { ...base, type: 'Switch', defaultValue: false }],
    ['Select', { ...base, type: 'Select', selectItems: [{ value: 'RSA', title: 'RSA-SHA1' }] }],
    ['MultiSelect', { ...base, type: 'MultiSelect', selectItems: [{ value: 'login' }, { value: 'consent' }] }],
    ['Json', { ...base, type: 'Json', defaultValue: { a: 1 } }],
  ])('keeps a %s descriptor with every field it carries', (type, raw) => {
    const [item] = parseFormItems([raw]);
    expect(item).toEqual(raw);
    expect(item?.type).toBe(type);
  });

  it.each([
    ['an unknown type', { ...base, type: 'ColorPicker' }, 'ColorPicker'],
    ['a Select without selectItems', { ...base, type: 'Select' }, 'Select'],
    ['a MultiSelect with malformed items', { ...base, type: 'MultiSelect', selectItems: [{ title: 'x' }] }, 'MultiSelect'],
    ['a missing type', { ...base }, 'undefined'],
    ['a numeric type', { ...base, type: 7 }, 'number'],
  ])('turns %s into an explicit unsupported item', (_name, raw, originalType) => {
    expect(parseFormItems([raw])).toEqual([
      { type: 'unsupported', key: 'k', label: 'Label', originalType, description: undefined },
    ]);
  });

  it('labels an unsupported item by its key when it has no label', () => {
    expect(parseFormItems([{ key: 'legacy', type: 'Map' }])[0]).toMatchObject({ type: 'unsupported', label: 'legacy' });
  });

  it.each([
    ['no key', { type: 'Text', label: 'x' }],
    ['an empty key', { type: 'Text', key: '', label: 'x' }],
    ['not an object', 'Text'],
    ['null', null],
  ])('skips an entry with %s (there is no value to keep)', (_name, raw) => {
    expect(parseFormItems([raw, { key: 'ok', type: 'Text', label: 'OK' }]).map((item) => item.key)).toEqual(['ok']);
  });

  it('keeps the first of two descriptors with the same key', () => {
    const items = parseFormItems([
      { key: 'a', type: 'Text', label: 'First' },
      { key: 'a', type: 'Switch', label: 'Second' },
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'Text', label: 'First' });
  });

  it('keeps show conditions and order', () => {
    const items = parseFormItems([
      { key: 'method', type: 'Select', label: 'M', selectItems: [{ value: 'a' }] },
      { key: 'alg', type: 'Select', label: 'A', selectItems: [], showConditions: [{ targetKey: 'method', expectValue: 'a' }] },
    ]);
    expect(items.map((item) => item.key)).toEqual(['method', 'alg']);
    expect(items[1]).toMatchObject({ showConditions: [{ targetKey: 'method', expectValue: 'a' }] });
  });

  it('accepts a missing label and no formItems at all', () => {
    expect(parseFormItems([{ key: 'x', type: 'Text' }])[0]).toMatchObject({ label: '' });
    expect(parseFormItems(undefined)).toEqual([]);
    expect(parseFormItems(null)).toEqual([]);
  });
});
