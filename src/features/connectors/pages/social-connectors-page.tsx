import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';

// Placeholder until the area's issue fills it.
export function Component() {
  const { t } = useTranslation(['connectors', 'common']);
  return (
    <>
      <PageHeader title={t('connectors:title')} />
      <EmptyState title={t('common:placeholder.coming_soon')} />
    </>
  );
}
