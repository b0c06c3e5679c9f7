import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@/features/connectors/config-form/json-location';

describe('findJsonSyntaxError', () => {
  it.each(['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}', ' \n{ "nested": { "b": {} } }\n', '"text"', '0'])(
    'accepts %j',
    (text) => {
      expect(findJsonSyntaxError(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    },
  );

  it.each([
    ['a missing closing brace', '{"a": 1', 1, 8],
    ['a trailing comma on line 3', '{\n  "a": 1,\n}', 3, 1],
    ['an unquoted key', '{\n  a: 1\n}', 2, 3],
    ['single quotes', "{'a': 1}", 1, 2],
    ['a bad literal', '{"a": tru}', 1, 7],
    ['text after the value', '{} x', 1, 4],
    ['an empty document', '', 1, 1],
    ['a leading zero', '[01]', 1, 3],
    ['a raw line break in a string', '{"a": "x\ny"}', 1, 9],
    ['an unknown escape', '"\\x"', 1, 2],
    ['an unterminated string', '["abc', 1, 6],
  ])('finds %s', (_name, text, line, column) => {
    expect(findJsonSyntaxError(text)).toMatchObject({ line, column });
    expect(() => JSON.parse(text)).toThrow();
  });
});
