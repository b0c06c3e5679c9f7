import type { FormItem, KnownFormItem } from '@/api/connector-form-items';
import type { FactoryRules } from './factory-rules';

/**
 * Converters between a connector's `config` and the values react-hook-form edits.
 * Form values are what the controls hold (text for numbers and JSON, booleans for switches,
 * string arrays for multi-selects); the schema (build-config-schema.ts) turns them back.
 */
export type ConfigFormValues = Record<string, unknown>;

/**
 * react-hook-form reads dots and brackets in a field name as a path into nested objects; a config
 * key never needs them, so they are replaced to keep every key one flat field.
 */
export const fieldName = (key: string) => key.replace(/[.[\]]/g, '_');

const jsonText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/** The control value for one item, from a config value that may be missing or of another shape. */
export function toControlValue(item: KnownFormItem, value: unknown): unknown {
  switch (item.type) {
    case 'Switch':
      return value === true;
    case 'MultiSelect':
      return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
    case 'Json':
      return value === undefined || value === null ? '' : jsonText(value);
    case 'Number':
      return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
    case 'Text':
    case 'MultilineText':
    case 'Select':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

/** A new connector starts from the descriptors' `defaultValue`s (or what the server needs). */
export function defaultFormValues(items: FormItem[], rules: FactoryRules = {}): ConfigFormValues {
  const values: ConfigFormValues = {};
  for (const item of items) {
    if (item.type === 'unsupported') continue;
    values[fieldName(item.key)] = toControlValue(item, item.defaultValue ?? rules[item.key]?.fallback);
  }
  return values;
}

/** An existing connector starts from what is stored, never from defaults. */
export function storedFormValues(items: FormItem[], config: Record<string, unknown>): ConfigFormValues {
  const values: ConfigFormValues = {};
  for (const item of items) {
    const stored = config[item.key];
    // Unsupported items keep the raw stored value so saving sends it back untouched.
    values[fieldName(item.key)] = item.type === 'unsupported' ? stored : toControlValue(item, stored);
  }
  return values;
}

/**
 * The config to send. Stored keys no descriptor mentions are kept as they were (a PATCH replaces
 * the whole config, and dropping what we do not show would silently change the connector).
 */
export function toConfigPayload(items: FormItem[], parsed: Record<string, unknown>, stored: Record<string, unknown> = {}) {
  const described = new Set(items.map((item) => item.key));
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) if (!described.has(key)) config[key] = value;
  return { ...config, ...parsed };
}
