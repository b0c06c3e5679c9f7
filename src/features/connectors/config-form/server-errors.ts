import type { UseFormSetError } from 'react-hook-form';
import type { FormItem } from '@/api/connector-form-items';
import { isApiError } from '@/lib/api-error';
import { fieldName, type ConfigFormValues } from './form-values';

/** How a failed save is explained in place; the form keeps every value whatever happened. */
export type SaveProblem =
  | { kind: 'invalid_config'; unmatched: string[] }
  | { kind: 'multiple_instances' }
  | { kind: 'multiple_target' }
  | { kind: 'other'; error: unknown };

/** `config.appId` or `appId` (Logto names the key without the `config.` prefix) → `appId`. */
const configKey = (path: string) => path.replace(/^config\./, '').split('.')[0] ?? '';

/**
 * Puts each `Error in key path "<key>": ...` line of a 400 `connector.invalid_config` on the field
 * it names; lines that name no visible field are returned for a summary above the form.
 */
export function readSaveError(
  error: unknown,
  options: { items: FormItem[]; visibleKeys: Set<string>; setError: UseFormSetError<ConfigFormValues>; fieldMessage: (detail: string) => string },
): SaveProblem {
  if (!isApiError(error)) return { kind: 'other', error };
  if (error.code === 'connector.multiple_instances_not_supported') return { kind: 'multiple_instances' };
  if (error.code === 'connector.multiple_target_with_same_platform') return { kind: 'multiple_target' };
  if (error.code !== 'connector.invalid_config') return { kind: 'other', error };

  const unmatched: string[] = [];
  let focused = false;
  for (const line of error.detailLines()) {
    const key = configKey(line.path);
    const item = options.items.find((candidate) => candidate.key === key);
    if (!item || !options.visibleKeys.has(key)) {
      unmatched.push(line.path ? `${line.path}: ${line.text}` : line.text);
      continue;
    }
    options.setError(fieldName(key), { type: 'server', message: options.fieldMessage(line.text) }, { shouldFocus: !focused });
    focused = true;
  }
  return { kind: 'invalid_config', unmatched };
}

export type ZodDetail = { kind: 'missing' } | { kind: 'too_long' } | { kind: 'one_of'; options: string[] };

/**
 * Logto's zod details (`(invalid_enum_value) Invalid enum value. Expected 'RSA' | 'RSA2', received 'RSA3'`)
 * are English only: the common ones, read so the form can say them in the console's language.
 */
export function readZodDetail(detail: string): ZodDetail | null {
  const [, code, rest = ''] = /^\((\w+)\)\s*(.*)$/.exec(detail) ?? [];
  if (code === 'invalid_type' && /received undefined/.test(rest)) return { kind: 'missing' };
  if (code === 'too_big') return { kind: 'too_long' };
  const options = code === 'invalid_enum_value' ? /Expected (.+?), received/.exec(rest)?.[1] : undefined;
  return options ? { kind: 'one_of', options: options.replace(/'/g, '').split(' | ') } : null;
}
