import { invalidInput } from './errors';

/**
 * Logto's search query language (`packages/core/src/utils/search.ts`): `search=%x%` looks in every
 * searchable field, `search.<field>=` in one; `mode[.<field>]` is exact | like | similar_to | posix
 * (default like); `isCaseSensitive` defaults to false; `joint` is or | and. SQL `like` wildcards are the
 * caller's job, so `search=book` only matches a field that is exactly "book".
 */
type Mode = 'exact' | 'like' | 'similar_to' | 'posix';
type Match = { field: string | undefined; mode: Mode; values: string[] };
export type Search = { matches: Match[]; joint: 'or' | 'and'; isCaseSensitive: boolean };

const modes: readonly string[] = ['exact', 'like', 'similar_to', 'posix'];
const isMode = (value: string): value is Mode => modes.includes(value);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** SQL `like` → anchored RegExp: `%` any run, `_` one character, `\` escapes the next one. */
export function likeToRegExp(pattern: string, caseSensitive: boolean): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern.charAt(index);
    if (char === '\\' && index + 1 < pattern.length) {
      index += 1;
      source += escapeRegExp(pattern.charAt(index));
    } else if (char === '%') source += '.*';
    else if (char === '_') source += '.';
    else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, caseSensitive ? 's' : 'is');
}

function fieldOf(key: string, allowedFields: readonly string[]): string | undefined {
  const [, field, ...rest] = key.split('.');
  if (rest.length > 0 || (field !== undefined && !allowedFields.includes(field))) {
    throw invalidInput(`Search field \`${key}\` is not allowed. Expect one of ${allowedFields.join(', ')}.`);
  }
  return field;
}

export function parseSearch(params: URLSearchParams, allowedFields: readonly string[]): Search {
  const modeByField = new Map<string | undefined, Mode>();
  const valuesByField = new Map<string | undefined, string[]>();
  for (const [key, value] of params.entries()) {
    if (key === 'mode' || key.startsWith('mode.')) {
      if (!isMode(value)) throw invalidInput(`Search match mode \`${value}\` is not valid, expect one of ${modes.join(', ')}.`);
      modeByField.set(fieldOf(key, allowedFields), value);
    } else if (key === 'search' || key.startsWith('search.')) {
      const field = fieldOf(key, allowedFields);
      valuesByField.set(field, [...(valuesByField.get(field) ?? []), value]);
    }
  }
  const matches = [...valuesByField].map(([field, values]): Match => {
    const mode = modeByField.get(field) ?? modeByField.get(undefined) ?? 'like';
    if (values.some((value) => !value)) throw invalidInput('Search value cannot be empty.');
    if (mode !== 'exact' && values.length > 1) {
      throw invalidInput('Only one search value is allowed when search mode is not `exact`.');
    }
    return { field, mode, values };
  });
  const joint = params.get('joint') ?? params.get('jointMode') ?? 'or';
  if (joint !== 'or' && joint !== 'and') throw invalidInput(`Search joint mode \`${joint}\` is not valid, expect one of and, or.`);
  return { matches, joint, isCaseSensitive: params.get('isCaseSensitive') === 'true' };
}

function toTester(mode: Mode, values: string[], caseSensitive: boolean): (text: string) => boolean {
  const [first = ''] = values;
  switch (mode) {
    case 'exact': {
      const wanted = caseSensitive ? values : values.map((value) => value.toLowerCase());
      return (text) => wanted.includes(caseSensitive ? text : text.toLowerCase());
    }
    case 'like': {
      // A pattern too big for the RegExp engine (a 1 MB paste) is a bad request here, not a crash. Real
      // Logto never sees one: Node refuses a request line over 16 KB.
      let regExp: RegExp;
      try {
        regExp = likeToRegExp(first, caseSensitive);
      } catch {
        throw invalidInput('Search value is too long.');
      }
      return (text) => regExp.test(text);
    }
    case 'similar_to': {
      if (!caseSensitive) throw invalidInput('Cannot use case-insensitive match for `similar to`.');
      const regExp = new RegExp(`^(?:${first.replace(/%/g, '.*').replace(/_/g, '.')})$`, 's');
      return (text) => regExp.test(text);
    }
    case 'posix': {
      try {
        const regExp = new RegExp(first, caseSensitive ? '' : 'i');
        return (text) => regExp.test(text);
      } catch {
        throw invalidInput(`Invalid regular expression: ${first}`);
      }
    }
  }
}

/** A row predicate. `null` fields never match, as with SQL. */
export function buildSearchFilter<T>(
  search: Search,
  fieldsOf: (row: T) => Record<string, string | null>,
  allFields: readonly string[],
): (row: T) => boolean {
  if (search.matches.length === 0) return () => true;
  const testers = search.matches.map(({ field, mode, values }) => {
    const test = toTester(mode, values, search.isCaseSensitive);
    const fields = field === undefined ? allFields : [field];
    return (row: T) => {
      const record = fieldsOf(row);
      return fields.some((name) => {
        const text = record[name];
        return typeof text === 'string' && test(text);
      });
    };
  });
  return search.joint === 'and'
    ? (row) => testers.every((test) => test(row))
    : (row) => testers.some((test) => test(row));
}
