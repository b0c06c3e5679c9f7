import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';

// Placeholder until the area's issue fills it.
export function Component() {
  const { t } = useTranslation(['applications', 'common']);
  return (
    <>
      <PageHeader title={t('applications:title')} />
      <EmptyState title={t('common:placeholder.coming_soon')} />
    </>
  );
}
