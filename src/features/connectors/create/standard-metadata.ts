import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem } from '@/api/connector-form-items';

/**
 * Standard connectors (OIDC, OAuth 2.0, SAML) can be added several times, so each instance names
 * its own provider: Logto requires `metadata.target` and shows `metadata.name` on the button. Both
 * are asked as two extra text items in front of the factory's own, under keys no config uses.
 */
const TARGET = '__target';
const NAME = '__name';

export function useStandardMetadataItems(isStandard: boolean | undefined): FormItem[] {
  const { t } = useTranslation('connectors');
  return useMemo(
    () =>
      isStandard
        ? [
            { type: 'Text', key: TARGET, label: t('create.standard.target'), description: t('create.standard.target_hint'), placeholder: 'my-oidc', required: true },
            { type: 'Text', key: NAME, label: t('create.standard.name'), description: t('create.standard.name_hint'), required: true },
          ]
        : [],
    [isStandard, t],
  );
}

/** Splits the schema's output into the factory config and, for a standard connector, its metadata. */
export function splitStandardMetadata(values: Record<string, unknown>, language: string) {
  const { [TARGET]: target, [NAME]: name, ...config } = values;
  if (typeof target !== 'string' || typeof name !== 'string') return { config };
  return { config, metadata: { target, name: { en: name, [language]: name } } };
}
