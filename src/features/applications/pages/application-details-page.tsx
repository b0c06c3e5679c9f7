import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { applicationQueryOptions } from '@/api/applications';
import { buttonClassName } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { TabNav } from '@/components/ui/tab-nav';
import { isApiError } from '@/lib/api-error';
import { paths } from '@/lib/paths';
import { ApplicationHeader } from '../details/application-header';
import type { ApplicationOutletContext } from '../details/application-outlet';

/** Loads the application once; Settings and Quick start are route tabs below the header. */
export function Component() {
  const { t } = useTranslation('applications');
  const id = useParams().id ?? '';
  const query = useQuery(applicationQueryOptions(id));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <ErrorState error={query.error} title={notFound ? t('details.not_found') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
        <p style={{ textAlign: 'center' }}>
          <Link to={paths.applications()} className={buttonClassName('secondary')}>
            {t('details.back')}
          </Link>
        </p>
      </>
    );
  }

  const application = query.data;
  const context: ApplicationOutletContext = { application };
  return (
    <>
      <ApplicationHeader application={application} />
      <TabNav
        label={t('details.tabs_label')}
        tabs={[
          { to: paths.applicationSettings(application.id), label: t('details.tabs.settings') },
          { to: paths.applicationQuickStart(application.id), label: t('details.tabs.quick_start') },
        ]}
      />
      <Outlet context={context} />
    </>
  );
}
