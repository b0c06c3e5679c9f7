import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem } from '@/api/connector-form-items';
import { isItemVisible } from './build-config-schema';
import { readSaveError, type SaveProblem } from './server-errors';
import type { ConfigForm } from './use-config-form';

/**
 * Submits the schema's output through `save`; a failure becomes field errors and a `problem` to
 * explain in place. Values are never reset here, so a failed save keeps everything typed.
 */
export function useConfigSubmit({ form, items, save }: {
  form: ConfigForm;
  items: FormItem[];
  save: (config: Record<string, unknown>) => Promise<unknown>;
}) {
  const { t } = useTranslation('connectors');
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const onSubmit = form.handleSubmit(async (config) => {
    setProblem(null);
    try {
      await save(config);
    } catch (error) {
      const values = form.getValues();
      const visibleKeys = new Set(items.filter((item) => isItemVisible(item, values)).map((item) => item.key));
      const fieldMessage = (detail: string) => {
        // Logto's zod details are English only: say the common ones in the console's language.
        const [, code, rest = ''] = /^\((\w+)\)\s*(.*)$/.exec(detail) ?? [];
        if (code === 'invalid_type' && /received undefined/.test(rest)) return t('form.server.missing');
        if (code === 'too_big') return t('form.server.too_long');
        const options = code === 'invalid_enum_value' ? /Expected (.+?), received/.exec(rest)?.[1] : undefined;
        if (options) return t('form.server.one_of', { options: options.replace(/'/g, '').split(' | ').join(', ') });
        return t('form.server.field', { detail });
      };
      setProblem(readSaveError(error, { items, visibleKeys, setError: form.setError, fieldMessage }));
    }
  });
  return { onSubmit, problem, clearProblem: () => setProblem(null) };
}
