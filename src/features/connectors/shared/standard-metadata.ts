import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedText } from '@/api/connector-factories';
import type { Connector, StandardConnectorMetadata } from '@/api/connectors';
import type { FormItem } from '@/api/connector-form-items';

/**
 * Standard connectors (OIDC, OAuth 2.0, SAML) can be added several times, so each instance names
 * its own provider: Logto requires `metadata.target` and shows `metadata.name` on the button. Both
 * are asked as extra text items in front of the factory's own, under keys no config uses. Logto
 * refuses a new target once saved (`connector.can_not_modify_target`), so details ask only the name.
 */
const TARGET = '__target';
const NAME = '__name';

export function useStandardMetadataItems(isStandard: boolean | undefined, { withTarget }: { withTarget: boolean }): FormItem[] {
  const { t } = useTranslation('connectors');
  return useMemo(() => {
    if (!isStandard) return [];
    const name: FormItem = { type: 'Text', key: NAME, label: t('create.standard.name'), description: t('create.standard.name_hint'), required: true };
    if (!withTarget) return [name];
    return [
      { type: 'Text', key: TARGET, label: t('create.standard.target'), description: t('create.standard.target_hint'), placeholder: 'my-oidc', required: true },
      name,
    ];
  }, [isStandard, withTarget, t]);
}

/** Splits the schema's output into the factory config and, for a new standard connector, its metadata. */
export function splitStandardMetadata(values: Record<string, unknown>, language: string) {
  const { [TARGET]: target, [NAME]: name, ...config } = values;
  if (typeof target !== 'string' || typeof name !== 'string') return { config };
  return { config, metadata: { target, name: { en: name, [language]: name } } satisfies StandardConnectorMetadata };
}

/** The stored button name, in the form's value shape, for a standard connector's details. */
export function storedStandardValues(connector: Connector, language: string): Record<string, string> {
  return connector.isStandard ? { [NAME]: localizedText(connector.name, language) } : {};
}

/**
 * Splits a standard connector's edited values into its config and, when the name changed, the
 * complete metadata to send (Logto replaces it whole): the same target, the name in this language.
 */
export function splitEditedStandardMetadata(values: Record<string, unknown>, connector: Connector, language: string) {
  const { [NAME]: name, ...config } = values;
  if (!connector.isStandard || typeof name !== 'string' || name === localizedText(connector.name, language)) return { config };
  // The response's `name` is the stored metadata name (Logto lays metadata over the factory's).
  const names = { ...connector.name, [language]: name } as StandardConnectorMetadata['name'];
  return { config, metadata: { ...connector.metadata, target: connector.target, name: names } };
}
