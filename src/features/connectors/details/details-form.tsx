import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

const FORM_ID = 'connector-config';

/** The stored config in the generated form; "Save changes" PATCHes the complete config. */
export function DetailsForm({ connector, name }: { connector: Connector; name: string }) {
  const { t } = useTranslation('connectors');
  const queryClient = useQueryClient();
  const items = connector.formItems ?? [];
  const [defaultValues] = useState(() => storedFormValues(items, connector.config));
  const form = useConfigForm({ items, factoryId: connector.connectorId, defaultValues });

  const mutation = useMutation({
    mutationFn: (config: Record<string, unknown>) =>
      updateConnector(connector.id, { config: toConfigPayload(items, config, connector.config) }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(connectorKeys.detail(updated.id), updated);
      form.reset(storedFormValues(updated.formItems ?? items, updated.config));
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
