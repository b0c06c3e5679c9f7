import { z } from 'zod/mini';
import type { FormItem, KnownFormItem } from '@/api/connector-form-items';
import type { ConfigIssue, FactoryRules, FieldRule } from './factory-rules';
import { fieldName, type ConfigFormValues } from './form-values';
import { findJsonSyntaxError } from './json-location';

/**
 * One zod schema per form, built from the factory's descriptors: it validates the control values
 * and its output is the `config` to send. Fields hidden by `showConditions` are neither validated
 * nor sent; empty optional values are dropped; unsupported items pass through untouched.
 */
export type ConfigMessage = (issue: ConfigIssue, item: FormItem) => string;

type Outcome = { value: unknown } | { issue: ConfigIssue } | { drop: true };

/**
 * Shown only when every condition holds: the target equals `expectValue`, or, with no
 * `expectValue`, the target is set at all (connector-kit's semantics).
 */
export function isItemVisible(item: FormItem, values: ConfigFormValues): boolean {
  if (item.type === 'unsupported' || !item.showConditions) return true;
  return item.showConditions.every(({ targetKey, expectValue }) => {
    const current = values[fieldName(targetKey)];
    return expectValue === undefined ? Boolean(current) : current === expectValue;
  });
}

const asText = (raw: unknown) => (typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw));
// Scopes are space-separated; one per line in the textarea reads better, the server wants spaces.
const isScopeList = (key: string) => key === 'scope' || key === 'scopes';

function empty(item: KnownFormItem, rule: FieldRule): Outcome {
  if (rule.fallback !== undefined) return { value: rule.fallback };
  return item.required || rule.required ? { issue: { code: 'required' } } : { drop: true };
}

function checked(value: string, rule: FieldRule): Outcome {
  if (!rule.check) return { value };
  const result = rule.check(value);
  return 'issue' in result ? result : { value: result.value };
}

const isOption = (item: { selectItems: { value: string }[] }, value: string) =>
  item.selectItems.some((option) => option.value === value);

function readJson(text: string): Outcome {
  const location = findJsonSyntaxError(text);
  if (location) return { issue: { code: 'json_syntax', line: location.line, column: location.column } };
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null ? { value } : { issue: { code: 'json_not_object' } };
}

/**
 * Far above any real setting (a 4096-bit PEM key is about 3 300 characters), but a 1 MB paste is refused
 * here instead of being sent and stored (tests/e2e/abuse/oversized-input.spec.ts).
 */
export const MAX_SETTING_LENGTH = 65_536;

export function readItem(item: KnownFormItem, raw: unknown, rule: FieldRule = {}): Outcome {
  if (typeof raw === 'string' && raw.length > MAX_SETTING_LENGTH) return { issue: { code: 'too_long', max: MAX_SETTING_LENGTH } };
  switch (item.type) {
    case 'Text': {
      const text = asText(raw).trim();
      return text ? checked(text, rule) : empty(item, rule);
    }
    case 'MultilineText': {
      const text = asText(raw);
      if (!text.trim()) return empty(item, rule);
      return isScopeList(item.key) ? { value: text.trim().split(/\s+/).join(' ') } : checked(text, rule);
    }
    case 'Number': {
      const text = asText(raw).trim();
      if (!text) return empty(item, rule);
      const value = Number(text);
      return Number.isFinite(value) ? { value } : { issue: { code: 'not_a_number' } };
    }
    case 'Switch':
      return { value: raw === true };
    case 'Select': {
      const text = asText(raw);
      if (!text) return empty(item, rule);
      return isOption(item, text) ? { value: text } : { issue: { code: 'not_an_option' } };
    }
    case 'MultiSelect': {
      const list = Array.isArray(raw) ? raw.filter((entry): entry is string => typeof entry === 'string') : [];
      if (list.length === 0) return empty(item, rule);
      return list.every((value) => isOption(item, value)) ? { value: list } : { issue: { code: 'not_an_option' } };
    }
    case 'Json': {
      const text = asText(raw);
      return text.trim() ? readJson(text) : empty(item, rule);
    }
  }
}

export function buildConfigSchema(items: FormItem[], options: { rules?: FactoryRules; message: ConfigMessage }) {
  const rules = options.rules ?? {};
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((values, context) => {
      const config: Record<string, unknown> = {};
      for (const item of items) {
        if (!isItemVisible(item, values)) continue;
        const name = fieldName(item.key);
        const raw = values[name];
        if (item.type === 'unsupported') {
          if (raw !== undefined) config[item.key] = raw;
          continue;
        }
        const outcome = readItem(item, raw, rules[item.key]);
        if ('issue' in outcome) {
          context.issues.push({ code: 'custom', message: options.message(outcome.issue, item), input: raw, path: [name] });
        } else if ('value' in outcome) {
          config[item.key] = outcome.value;
        }
      }
      return config;
    }),
  );
}

export type ConfigSchema = ReturnType<typeof buildConfigSchema>;
