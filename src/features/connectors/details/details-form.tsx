import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem } from '@/api/connector-form-items';
import { connectorKeys, updateConnector, type Connector } from '@/api/connectors';
import { Card } from '@/components/ui/card';
import { SaveBar } from '@/components/ui/save-bar';
import { toast } from '@/components/ui/toast';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ConfigFields } from '../config-form/config-fields';
import { storedFormValues, toConfigPayload } from '../config-form/form-values';
import { SaveProblemCallout } from '../config-form/save-problem';
import { useConfigForm } from '../config-form/use-config-form';
import { useConfigSubmit } from '../config-form/use-config-submit';
import { splitEditedStandardMetadata, storedStandardValues, useStandardMetadataItems } from '../shared/standard-metadata';

const FORM_ID = 'connector-config';
const NO_ITEMS: FormItem[] = [];

/** The stored config in the generated form; "Save changes" PATCHes the complete config. */
export function DetailsForm({ connector, name }: { connector: Connector; name: string }) {
  const { t, i18n } = useTranslation('connectors');
  const language = i18n.resolvedLanguage ?? 'en';
  const queryClient = useQueryClient();
  const configItems = connector.formItems ?? NO_ITEMS;
  // A standard connector (OIDC, OAuth 2.0) also edits its button name; its target is fixed.
  const nameItems = useStandardMetadataItems(connector.isStandard, { withTarget: false });
  const items = useMemo(() => [...nameItems, ...configItems], [nameItems, configItems]);
  const storedValues = (stored: Connector) => ({ ...storedFormValues(configItems, stored.config), ...storedStandardValues(stored, language) });
  const [defaultValues] = useState(() => storedValues(connector));
  const form = useConfigForm({ items, factoryId: connector.connectorId, defaultValues });

  const mutation = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const { config, metadata } = splitEditedStandardMetadata(values, connector, language);
      return updateConnector(connector.id, { config: toConfigPayload(configItems, config, connector.config), ...(metadata ? { metadata } : {}) });
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(connectorKeys.detail(updated.id), updated);
      form.reset(storedValues(updated));
      toast.success(t('details.saved'));
      await queryClient.invalidateQueries({ queryKey: connectorKeys.all, exact: true });
    },
  });
  const { onSubmit, problem, clearProblem } = useConfigSubmit({ form, items, save: mutation.mutateAsync });
  const discard = () => {
    form.reset();
    clearProblem();
  };

  return (
    <form id={FORM_ID} onSubmit={onSubmit} noValidate aria-label={t('details.config_title')}>
      <UnsavedChangesGuard when={form.formState.isDirty} />
      <Card title={t('details.config_title')}>
        <ConfigFields items={items} factoryId={connector.connectorId} form={form} />
        {problem && <SaveProblemCallout problem={problem} name={name} />}
      </Card>
      <SaveBar formId={FORM_ID} isDirty={form.formState.isDirty} isSaving={form.formState.isSubmitting} onDiscard={discard} />
    </form>
  );
}
