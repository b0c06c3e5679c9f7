import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '@/api/applications';
import { CopyableText } from '@/components/ui/secret';
import { paths } from '@/lib/paths';
import { useApplicationTypeLabel } from '../shared/application-type';
import { useFormatDate } from '../shared/format';
import styles from './list.module.css';

export function ApplicationsTable({ applications, isUpdating }: { applications: Application[]; isUpdating: boolean }) {
  const { t } = useTranslation('applications');
  const typeLabel = useApplicationTypeLabel();
  const formatDate = useFormatDate();
  return (
    <div className={styles.tableWrap} aria-busy={isUpdating || undefined} data-updating={isUpdating || undefined}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.name')}</th>
            <th scope="col">{t('list.columns.type')}</th>
            <th scope="col">{t('fields.app_id')}</th>
            <th scope="col">{t('list.columns.created')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((application) => (
            <tr key={application.id}>
              <td>
                <Link to={paths.applicationSettings(application.id)} className={styles.nameLink}>
                  {application.name}
                </Link>
                {application.description && <p className={styles.description}>{application.description}</p>}
              </td>
              <td className={styles.nowrap}>{typeLabel(application.type)}</td>
              <td>
                <CopyableText value={application.id} />
              </td>
              <td className={styles.nowrap}>{formatDate(application.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
