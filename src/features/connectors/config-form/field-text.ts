import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem } from '@/api/connector-form-items';

/**
 * What a field says: Torii's own ja/en text for the factories it knows (`field_text` in the
 * connectors namespace, by factory id and key), the server's English text for everything else.
 */
export type FieldText = { label: string; placeholder?: string | undefined; description?: string | undefined; tooltip?: string | undefined };

// Factories whose fields mean the same as another's, so they share its text.
const TEXT_ALIASES: Readonly<Record<string, string>> = { 'alipay-native': 'alipay-web' };

const SECRET_KEY = /(?:secret|key|password|pass|token)$/i;

/** Masked with Show/Hide: confidential by the descriptor, or a key that names a secret. */
export const isSecretItem = (item: FormItem) =>
  (item.type !== 'unsupported' && item.isConfidential === true) || SECRET_KEY.test(item.key) || item.key === 'authorization';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
const asString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

function serverText(item: FormItem): FieldText {
  const known = item.type === 'unsupported' ? undefined : item;
  return {
    label: item.label || item.key,
    placeholder: known?.placeholder,
    description: item.description?.trim() || undefined,
    tooltip: known?.tooltip,
  };
}

export function useFieldText(factoryId: string) {
  const { t } = useTranslation('connectors');
  return useCallback(
    (item: FormItem): FieldText => {
      const all = asRecord(t('field_text', { returnObjects: true }));
      const own = asRecord(asRecord(all?.[TEXT_ALIASES[factoryId] ?? factoryId])?.[item.key]);
      const server = serverText(item);
      if (!own) return server;
      return {
        label: asString(own.label) ?? server.label,
        placeholder: asString(own.placeholder) ?? server.placeholder,
        description: asString(own.description) ?? server.description,
        tooltip: asString(own.tooltip) ?? server.tooltip,
      };
    },
    [factoryId, t],
  );
}
