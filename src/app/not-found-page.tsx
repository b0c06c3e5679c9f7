import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/lib/paths';

export function Component() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('not_found.title')}
      titleAs="h1"
      action={
        <Link className={buttonClassName('primary')} to={paths.applications()}>
          {t('not_found.back')}
        </Link>
      }
    >
      <p>{t('not_found.description')}</p>
    </EmptyState>
  );
}
