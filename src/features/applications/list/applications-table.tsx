import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '@/api/applications';
import { CopyableText } from '@/components/ui/secret';
import { paths } from '@/lib/paths';
import { useApplicationTypeLabel } from '../shared/application-type';
import { useFormatDate } from '../shared/format';
import table from '@/components/ui/table.module.css';
import styles from './list.module.css';

export function ApplicationsTable({ applications, isUpdating }: { applications: Application[]; isUpdating: boolean }) {
  const { t } = useTranslation('applications');
  const typeLabel = useApplicationTypeLabel();
  const formatDate = useFormatDate();
  return (
    <div className={table.tableWrap} aria-busy={isUpdating || undefined} data-updating={isUpdating || undefined}>
      <table className={table.table}>
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
                <Link to={paths.applicationSettings(application.id)} className={table.nameLink}>
                  {application.name}
                </Link>
                {application.description && <p className={styles.description}>{application.description}</p>}
              </td>
              <td className={table.nowrap}>{typeLabel(application.type)}</td>
              <td>
                <CopyableText value={application.id} />
              </td>
              <td className={table.nowrap}>{formatDate(application.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
