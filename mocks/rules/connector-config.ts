import type { FactoryDefinition, FormItem } from '../data/factories/types';
import { invalidEnumIssue, invalidTypeIssue, type LogtoIssue } from '../lib/issues';
import type { JsonObject } from '../types';

/**
 * A connector's own config rules, derived from its factory's `formItems` (+ `rules`) so the form and the
 * server cannot disagree. They reproduce what Logto's per-connector zod guards answer (fixtures 043, 044,
 * 059, 060, 061): a missing required key is `invalid_type ... received undefined`, a Select value outside
 * its options is `invalid_enum_value`. Like Logto, the raw config is checked before empty values are dropped.
 */
const expectedType: Record<FormItem['type'], string> = {
  Text: 'string',
  MultilineText: 'string',
  Number: 'number',
  Switch: 'boolean',
  Select: 'string',
  MultiSelect: 'array',
  Json: 'object',
};

/** Connector-kit semantics: every condition must hold; a missing target key counts as its default. */
function conditionsHold(item: FormItem, config: JsonObject, items: readonly FormItem[]): boolean {
  return (item.showConditions ?? []).every(({ targetKey, expectValue }) => {
    const value = config[targetKey] ?? items.find(({ key }) => key === targetKey)?.defaultValue;
    return expectValue === undefined ? Boolean(value) : value === expectValue;
  });
}

function isRequired(item: FormItem, config: JsonObject, definition: FactoryDefinition): boolean {
  const items = definition.factory.formItems ?? [];
  if (definition.rules?.alsoRequired?.includes(item.key)) return true;
  // A conditional field is required only while it is shown (OIDC's client secret JWT algorithm).
  return Boolean(item.required) && conditionsHold(item, config, items);
}

function valueIssues(item: FormItem, value: unknown): LogtoIssue[] {
  const path = [item.key];
  switch (item.type) {
    case 'Text':
    case 'MultilineText':
      return typeof value === 'string' ? [] : [invalidTypeIssue(path, 'string', value)];
    case 'Number':
      return typeof value === 'number' && !Number.isNaN(value) ? [] : [invalidTypeIssue(path, 'number', value)];
    case 'Switch':
      return typeof value === 'boolean' ? [] : [invalidTypeIssue(path, 'boolean', value)];
    case 'Select': {
      const options = item.selectItems.map(({ value: option }) => option);
      return typeof value === 'string' && options.includes(value) ? [] : [invalidEnumIssue(path, options, value)];
    }
    case 'MultiSelect': {
      if (!Array.isArray(value)) return [invalidTypeIssue(path, 'array', value)];
      const options = item.selectItems.map(({ value: option }) => option);
      return value.flatMap((entry: unknown, index) =>
        typeof entry === 'string' && options.includes(entry) ? [] : [invalidEnumIssue([item.key, index], options, entry)],
      );
    }
    case 'Json':
      return typeof value === 'object' && value !== null ? [] : [invalidTypeIssue(path, 'object', value)];
  }
}

/** Every issue of `config` against the factory's rules, in formItems order; empty when valid. */
export function connectorConfigIssues(definition: FactoryDefinition, config: JsonObject): LogtoIssue[] {
  return (definition.factory.formItems ?? []).flatMap((item) => {
    const value = config[item.key];
    // `null` counts as "left empty" for optional keys: it is dropped on save anyway (management-api.md).
    if (value === undefined || value === null) {
      return isRequired(item, config, definition) ? [invalidTypeIssue([item.key], expectedType[item.type], value)] : [];
    }
    return valueIssues(item, value);
  });
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * `clean-deep` with its defaults, which Logto runs on config and metadata before saving: empty strings,
 * nulls, and (after cleaning) empty objects and arrays disappear at every depth.
 */
export function cleanDeep<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((entry: unknown) => cleanDeep(entry)).filter((entry) => !isEmpty(entry)) as T;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([key, entry]): [string, unknown] => [key, cleanDeep(entry)])
      .filter(([, entry]) => !isEmpty(entry));
    return Object.fromEntries(entries) as T;
  }
  return value;
}
