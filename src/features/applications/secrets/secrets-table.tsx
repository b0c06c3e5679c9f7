import { useTranslation } from 'react-i18next';
import { SecretRow } from './secret-row';
import type { SecretRow as Row } from './secret-rows';
import styles from './secrets.module.css';

export function SecretsTable({ rows, onRename, onDelete }: { rows: Row[]; onRename: (row: Row) => void; onDelete: (row: Row) => void }) {
  const { t } = useTranslation('applications');
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('fields.app_secret')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('secrets.name')}</th>
            <th scope="col">{t('secrets.value')}</th>
            <th scope="col">{t('secrets.created')}</th>
            <th scope="col">{t('secrets.expires')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('secrets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SecretRow key={row.key} row={row} onRename={() => onRename(row)} onDelete={() => onDelete(row)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
