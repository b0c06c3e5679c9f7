import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connectorsQueryOptions } from '@/api/connectors';
import { Button } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { TabNav } from '@/components/ui/tab-nav';
import { paths } from '@/lib/paths';
import { CatalogueDialog } from '../catalogue/catalogue-dialog';
import { SocialConnectorsList } from '../list/social-connectors-list';

export function Component() {
  const { t } = useTranslation('connectors');
  const connectors = useQuery(connectorsQueryOptions());
  const [adding, setAdding] = useState(false);
  const social = (connectors.data ?? []).filter((connector) => connector.type === 'Social');
  const addButton = (
    <Button variant="primary" onClick={() => setAdding(true)} disabled={!connectors.data}>
      <PlusIcon />
      {t('add')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={addButton} />
      <TabNav label={t('tabs.label')} tabs={[{ to: paths.socialConnectors(), label: t('tabs.social') }]} />
      {connectors.isPending && <LoadingState />}
      {connectors.isError && <ErrorState error={connectors.error} onRetry={() => void connectors.refetch()} />}
      {connectors.data && <SocialConnectorsList connectors={social} addButton={addButton} />}
      <CatalogueDialog open={adding} onOpenChange={setAdding} connectors={social} />
    </>
  );
}
