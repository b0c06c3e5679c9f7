import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';

// Placeholder until the area's issue fills it.
export function Component() {
  const { t } = useTranslation(['sign-in-experience', 'common']);
  return (
    <>
      <PageHeader title={t('sign-in-experience:title')} />
      <EmptyState title={t('common:placeholder.coming_soon')} />
    </>
  );
}
