import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { FormItem } from '@/api/connector-form-items';
import { buildConfigSchema } from './build-config-schema';
import { rulesFor } from './factory-rules';
import { useFieldText } from './field-text';
import type { ConfigFormValues } from './form-values';
import { useConfigMessage } from './issue-message';

/**
 * The react-hook-form instance for a connector's config: validated by the schema built from the
 * descriptors, whose output (the `config` to send) is what `handleSubmit` hands over.
 */
export function useConfigForm({ items, factoryId, defaultValues }: {
  items: FormItem[];
  factoryId: string;
  defaultValues: ConfigFormValues;
}) {
  const fieldText = useFieldText(factoryId);
  const message = useConfigMessage(fieldText);
  const schema = useMemo(() => buildConfigSchema(items, { rules: rulesFor(factoryId), message }), [items, factoryId, message]);
  return useForm<ConfigFormValues, unknown, Record<string, unknown>>({
    defaultValues,
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

export type ConfigForm = ReturnType<typeof useConfigForm>;
