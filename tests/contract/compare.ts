/**
 * How a replayed answer is judged against the recorded one. Two separate questions:
 * - shape: same keys and value types, recursively (lists: every item looks like some recorded item);
 * - values: equal after mapping recorded ids to ours, ignoring what is random or time-dependent.
 * Each returns a list of human-readable mismatches; empty means "same".
 */
type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'undefined';

const jsonType = (value: unknown): JsonType => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'object' || type === 'string' || type === 'number' || type === 'boolean' ? type : 'undefined';
};

const isRecord = (value: unknown): value is Record<string, unknown> => jsonType(value) === 'object';

/**
 * Localised texts (`{ en, ja }` here, `{ en, zh-CN, ... }` in the recording) are maps, not structs:
 * their keys are languages, so only `en` and the value types must agree.
 */
const localisedKeys = new Set(['name', 'description']);

/** Columns that are `string | null` (or `object | null`): either is the same shape. */
const nullableKeys = new Set(['description', 'logoDark', 'expiresAt', 'protectedAppMetadata']);

function bestMatch(actual: unknown, candidates: readonly unknown[], path: string): string[] {
  let best: string[] | undefined;
  for (const candidate of candidates) {
    const mismatches = shapeMismatches(actual, candidate, path);
    if (mismatches.length === 0) return [];
    if (!best || mismatches.length < best.length) best = mismatches;
  }
  return best ?? [];
}

export function shapeMismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  const actualType = jsonType(actual);
  const expectedType = jsonType(expected);
  const key = path.split('.').at(-1) ?? '';
  if (actualType !== expectedType) {
    if (nullableKeys.has(key) && (actual === null || expected === null)) return [];
    return [`${path}: expected ${expectedType}, got ${actualType}`];
  }

  if (Array.isArray(actual) && Array.isArray(expected)) {
    // An empty recorded list says nothing about its items; a recorded item with no counterpart is lost shape.
    if (expected.length === 0) return [];
    if (actual.length === 0) return [`${path}: expected items, got an empty list`];
    return actual.flatMap((item, index) => bestMatch(item, expected, `${path}[${index}]`));
  }

  if (isRecord(actual) && isRecord(expected)) {
    // Likewise an empty recorded object (`customData: {}`) only says "an object".
    if (Object.keys(expected).length === 0) return [];
    if (localisedKeys.has(key) && 'en' in expected) {
      const problems = 'en' in actual ? [] : [`${path}: missing "en"`];
      return [...problems, ...Object.entries(actual).flatMap(([lang, text]) => shapeMismatches(text, '', `${path}.${lang}`))];
    }
    const missing = Object.keys(expected).filter((name) => !(name in actual));
    const extra = Object.keys(actual).filter((name) => !(name in expected));
    return [
      ...missing.map((name) => `${path}.${name}: missing`),
      ...extra.map((name) => `${path}.${name}: unexpected key`),
      ...Object.keys(expected)
        .filter((name) => name in actual)
        .flatMap((name) => shapeMismatches(actual[name], expected[name], `${path}.${name}`)),
    ];
  }
  return [];
}

/** Random per server or per run: secret values, timestamps, the recording's placeholder logos and readmes. */
const volatileKeys = new Set(['createdAt', 'value', 'expiresAt', 'etag']);
/** Catalogue texts and art are Torii's own; the recording has placeholders ("(en description, omitted)"). */
const catalogueArtKeys = new Set(['name', 'description', 'logo', 'logoDark', 'readme']);
const isCatalogueEntry = (value: Record<string, unknown>) => 'readme' in value && 'formItems' in value;

export function valueMismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} item(s), got ${actual.length}`];
    return actual.flatMap((item, index) => valueMismatches(item, expected[index], `${path}[${index}]`));
  }
  if (isRecord(actual) && isRecord(expected)) {
    const skip = isCatalogueEntry(expected) ? catalogueArtKeys : new Set<string>();
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    return [...keys]
      .filter((key) => !volatileKeys.has(key) && !skip.has(key))
      .flatMap((key) => valueMismatches(actual[key], expected[key], `${path}.${key}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
