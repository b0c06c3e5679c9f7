import { useTranslation } from 'react-i18next';
import { isSecretExpired } from '@/api/application-secrets';
import { Button } from '@/components/ui/button';
import { Tag } from '@/components/ui/card';
import { SecretValue } from '@/components/ui/secret';
import { useFormatDate } from '../shared/format';
import type { SecretRow as Row } from './secret-rows';
import styles from './secrets.module.css';

export function SecretRow({ row, onRename, onDelete }: { row: Row; onRename: () => void; onDelete: () => void }) {
  const { t } = useTranslation('applications');
  const formatDate = useFormatDate();
  const displayName = row.legacy ? t('secrets.legacy_name') : row.name;
  const expired = isSecretExpired(row);
  return (
    <tr>
      <th scope="row" className={styles.name}>
        {displayName}
      </th>
      <td>
        <SecretValue value={row.value} />
      </td>
      <td className={styles.nowrap}>{row.createdAt === null ? t('secrets.unknown_date') : formatDate(row.createdAt)}</td>
      <td className={styles.nowrap}>
        {row.expiresAt === null ? (
          t('secrets.expiry.never')
        ) : (
          <span className={styles.expiry}>
            {expired && <Tag tone="danger">{t('secrets.expired')}</Tag>}
            {formatDate(row.expiresAt)}
          </span>
        )}
      </td>
      <td className={styles.actions}>
        {!row.legacy && (
          <Button size="small" variant="ghost" onClick={onRename} aria-label={t('secrets.rename_named', { name: displayName })}>
            {t('secrets.rename')}
          </Button>
        )}
        <Button size="small" variant="ghost" onClick={onDelete} aria-label={t('secrets.delete_named', { name: displayName })}>
          {t('secrets.delete')}
        </Button>
      </td>
    </tr>
  );
}
