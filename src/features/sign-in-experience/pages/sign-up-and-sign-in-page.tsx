import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { connectorsQueryOptions } from '@/api/connectors';
import { signInExperienceQueryOptions } from '@/api/sign-in-experience';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { TabNav } from '@/components/ui/tab-nav';
import { paths } from '@/lib/paths';
import { SignUpAndSignInForm } from '../components/sign-up-and-sign-in-form';

export function Component() {
  const { t } = useTranslation(['sign-in-experience', 'common']);
  // Fresh on every visit: a connector deleted on another page must not leave a stale button here.
  const experience = useQuery({ ...signInExperienceQueryOptions(), refetchOnMount: 'always' });
  const connectors = useQuery({ ...connectorsQueryOptions(), refetchOnMount: 'always' });
  const failed = experience.error ?? connectors.error;
  const ready = experience.isFetchedAfterMount && connectors.isFetchedAfterMount;

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <TabNav label={t('tabs.label')} tabs={[{ to: paths.signUpAndSignIn(), label: t('tabs.sign_up_and_sign_in') }]} />
      {failed && !(experience.data && connectors.data) ? (
        <ErrorState
          error={failed}
          title={t('load_error')}
          onRetry={() => {
            void experience.refetch();
            void connectors.refetch();
          }}
        />
      ) : ready && experience.data && connectors.data ? (
        <SignUpAndSignInForm server={experience.data} connectors={connectors.data} />
      ) : (
        <LoadingState rows={6} />
      )}
    </>
  );
}
