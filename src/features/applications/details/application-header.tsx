import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '@/api/applications';
import { Tag } from '@/components/ui/card';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { useApplicationTypeLabel } from '../shared/application-type';
import { DeleteApplication } from './delete-application';
import styles from './details.module.css';

export function ApplicationHeader({ application }: { application: Application }) {
  const { t } = useTranslation('applications');
  const typeLabel = useApplicationTypeLabel();
  return (
    <>
      <Link to={paths.applications()} className={styles.backLink}>
        <ArrowLeftIcon />
        {t('details.back')}
      </Link>
      <PageHeader
        title={application.name}
        subtitle={
          <span className={styles.subtitle}>
            <Tag>{typeLabel(application.type)}</Tag>
            {application.description && <span>{application.description}</span>}
          </span>
        }
        actions={<DeleteApplication application={application} />}
      />
    </>
  );
}
