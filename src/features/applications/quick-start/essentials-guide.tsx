import { useTranslation } from 'react-i18next';
import { TYPES_WITH_REDIRECT_URIS, type Application } from '@/api/applications';
import { Callout } from '@/components/ui/card';
import { CopyableText, SecretValue } from '@/components/ui/secret';
import { getConsoleConfig } from '@/lib/console-config';
import { GuideRedirectUris } from './guide-redirect-uris';
import { GuideStep } from './guide-step';
import styles from './quick-start.module.css';
import { useGuideSecret } from './use-guide-secret';

/** For apps without a Torii guide: the values any Logto SDK asks for, and the URIs to allow. */
export function EssentialsGuide({ application, frameworkName }: { application: Application; frameworkName: string | undefined }) {
  const { t } = useTranslation('applications');
  const guideSecret = useGuideSecret(application);
  return (
    <>
      {frameworkName && <Callout tone="info">{t('quick_start.essentials.no_guide', { framework: frameworkName })}</Callout>}
      <ol className={styles.steps}>
        <GuideStep title={t('quick_start.essentials.values.title')}>
          <p>{t('quick_start.essentials.values.body')}</p>
          <dl className={styles.facts}>
            <dt>{t('fields.endpoint')}</dt>
            <dd>
              <CopyableText value={getConsoleConfig().tenantEndpoint} />
            </dd>
            <dt>{t('fields.app_id')}</dt>
            <dd>
              <CopyableText value={application.id} />
            </dd>
            {guideSecret.hasSecrets && (
              <>
                <dt>{t('fields.app_secret')}</dt>
                <dd>{guideSecret.value ? <SecretValue value={guideSecret.value} /> : t('quick_start.no_secret')}</dd>
              </>
            )}
          </dl>
        </GuideStep>
        {TYPES_WITH_REDIRECT_URIS.includes(application.type) && (
          <GuideStep title={t('quick_start.essentials.uris.title')}>
            <p>{t('quick_start.essentials.uris.body')}</p>
            <GuideRedirectUris application={application} />
          </GuideStep>
        )}
      </ol>
    </>
  );
}
