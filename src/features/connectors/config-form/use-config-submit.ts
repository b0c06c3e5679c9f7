import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem } from '@/api/connector-form-items';
import { isItemVisible } from './build-config-schema';
import { readSaveError, readZodDetail, type SaveProblem } from './server-errors';
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
        const known = readZodDetail(detail);
        if (known?.kind === 'one_of') return t('form.server.one_of', { options: known.options.join(', ') });
        if (known) return t(known.kind === 'missing' ? 'form.server.missing' : 'form.server.too_long');
        return t('form.server.field', { detail });
      };
      setProblem(readSaveError(error, { items, visibleKeys, setError: form.setError, fieldMessage }));
    }
  });
  return { onSubmit, problem, clearProblem: () => setProblem(null) };
}
