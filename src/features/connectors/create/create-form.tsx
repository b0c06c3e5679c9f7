import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConnectorFactory } from '@/api/connector-factories';
import { connectorKeys, createConnector, type Connector } from '@/api/connectors';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { toast } from '@/components/ui/toast';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/lib/paths';
import { ConfigFields } from '../config-form/config-fields';
import { rulesFor } from '../config-form/factory-rules';
import { defaultFormValues, toConfigPayload } from '../config-form/form-values';
import { SaveProblemCallout } from '../config-form/save-problem';
import { useConfigForm } from '../config-form/use-config-form';
import { useConfigSubmit } from '../config-form/use-config-submit';
import { RedirectFacts } from '../shared/redirect-facts';
import styles from './create.module.css';
import { splitStandardMetadata, useStandardMetadataItems } from '../shared/standard-metadata';

/** The config form of a new connector; its id is fixed before saving so the redirect URI is final. */
export function CreateForm({ factory, id, name, connectors }: { factory: ConnectorFactory; id: string; name: string; connectors: Connector[] }) {
  const { t, i18n } = useTranslation('connectors');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const metadataItems = useStandardMetadataItems(factory.isStandard, { withTarget: true });
  const items = useMemo(() => [...metadataItems, ...(factory.formItems ?? [])], [metadataItems, factory.formItems]);
  const [defaultValues] = useState(() => defaultFormValues(items, rulesFor(factory.id)));
  const form = useConfigForm({ items, factoryId: factory.id, defaultValues });
  const [createdId, setCreatedId] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const { config, metadata } = splitStandardMetadata(values, i18n.resolvedLanguage ?? 'en');
      return createConnector({ connectorId: factory.id, id, config: toConfigPayload(items, config), ...(metadata ? { metadata } : {}) });
    },
    onSuccess: async (connector) => {
      queryClient.setQueryData(connectorKeys.detail(connector.id), connector);
      await queryClient.invalidateQueries({ queryKey: connectorKeys.all, exact: true });
      toast.success(t('create.saved', { name }));
      setCreatedId(connector.id);
    },
    // A 422 may mean another tab added the same provider: refresh the list so we can link to it.
    onError: () => queryClient.invalidateQueries({ queryKey: connectorKeys.all, exact: true }),
  });
  const { onSubmit, problem } = useConfigSubmit({ form, items, save: mutation.mutateAsync });

  // Navigate after the render that turned the guard off, so leaving is not blocked.
  useEffect(() => {
    if (createdId) void navigate(paths.connector(createdId));
  }, [createdId, navigate]);

  const existing = connectors.find((connector) => connector.connectorId === factory.id || (connector.target === factory.target && connector.platform === factory.platform));
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('create.config_title')}>
      <UnsavedChangesGuard when={form.formState.isDirty && !createdId} />
      <Card title={t('create.config_title')}>
        <RedirectFacts id={id} description={t('create.redirect_description', { name })} />
        <ConfigFields items={items} factoryId={factory.id} form={form} />
      </Card>
      {problem && <SaveProblemCallout problem={problem} name={name} existingId={existing?.id} />}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isLoading={form.formState.isSubmitting}>
          {t('create.save')}
        </Button>
      </div>
    </form>
  );
}
