import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { connectorQueryOptions } from '@/api/connectors';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { isApiError } from '@/lib/api-error';
import { ConnectorDetails } from '../details/connector-details';
import { BackToList } from '../shared/back-link';

export function Component() {
  const { t } = useTranslation('connectors');
  const { id = '' } = useParams();
  const connector = useQuery(connectorQueryOptions(id));
  if (connector.isPending) return <LoadingState />;
  if (connector.isError) {
    if (isApiError(connector.error) && connector.error.status === 404) {
      return (
        <>
          <BackToList />
          <EmptyState title={t('details.not_found')} />
        </>
      );
    }
    return <ErrorState error={connector.error} onRetry={() => void connector.refetch()} />;
  }
  return <ConnectorDetails connector={connector.data} />;
}
