import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { pageCount } from '@/lib/pagination';
import { useFormatNumber } from '../shared/format';
import styles from './list.module.css';

export function ListPagination({ page, pageSize, total, onPageChange }: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const count = pageCount(total, pageSize);
  const from = total === 0 ? 0 : Math.min((page - 1) * pageSize + 1, total);
  const to = Math.min(page * pageSize, total);
  return (
    <nav className={styles.pagination} aria-label={t('pagination.label')}>
      <span className={styles.paginationSummary}>
        {t('pagination.summary', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </span>
      <span className={styles.paginationPage}>
        {t('pagination.page', { page: formatNumber(page), count: formatNumber(count) })}
      </span>
      <Button size="small" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('pagination.previous')}
      </Button>
      <Button size="small" disabled={page >= count} onClick={() => onPageChange(page + 1)}>
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
