import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { connectorFactoryQueryOptions } from '@/api/connector-factories';
import { connectorsQueryOptions } from '@/api/connectors';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { isApiError } from '@/lib/api-error';
import { CreateConnector } from '../create/create-connector';
import { BackToList } from '../shared/back-link';

export function Component() {
  const { t } = useTranslation('connectors');
  const { factoryId = '' } = useParams();
  const factory = useQuery(connectorFactoryQueryOptions(factoryId));
  const connectors = useQuery(connectorsQueryOptions());

  if (factory.isPending || connectors.isPending) return <LoadingState />;
  const notFound = (factory.isError && isApiError(factory.error) && factory.error.status === 404) || (factory.data && factory.data.type !== 'Social');
  if (notFound) {
    return (
      <>
        <BackToList />
        <EmptyState title={t('create.not_found')} />
      </>
    );
  }
  if (factory.isError) return <ErrorState error={factory.error} onRetry={() => void factory.refetch()} />;
  if (connectors.isError) return <ErrorState error={connectors.error} onRetry={() => void connectors.refetch()} />;
  return <CreateConnector key={factory.data.id} factory={factory.data} connectors={connectors.data} />;
}
