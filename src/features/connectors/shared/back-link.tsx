import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import styles from './shared.module.css';

export function BackToList() {
  const { t } = useTranslation('connectors');
  return (
    <Link to={paths.socialConnectors()} className={styles.backLink}>
      <ArrowLeftIcon />
      {t('back_to_list')}
    </Link>
  );
}
