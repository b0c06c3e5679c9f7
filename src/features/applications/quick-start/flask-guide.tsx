import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '@/api/applications';
import { Callout } from '@/components/ui/card';
import { getConsoleConfig } from '@/lib/console-config';
import { paths } from '@/lib/paths';
import { SUGGESTED_POST_SIGN_OUT_URI, SUGGESTED_REDIRECT_URI } from '../shared/redirect-uris';
import { CodeBlock, type CodeSecret } from './code-block';
import { clientCode, homeCode, installCode, runCode, signInCode, signOutCode, type FlaskGuideValues } from './flask-code';
import { GuideRedirectUris } from './guide-redirect-uris';
import { GuideStep } from './guide-step';
import { inlineCode } from './inline-code';
import styles from './quick-start.module.css';
import { useGuideSecret } from './use-guide-secret';

/** Torii's Flask guide: every sample is filled with this tenant's endpoint, this App ID and its URIs. */
export function FlaskGuide({ application }: { application: Application }) {
  const { t } = useTranslation('applications');
  const guideSecret = useGuideSecret(application);
  const [revealed, setRevealed] = useState(false);
  const { redirectUris, postLogoutRedirectUris } = application.oidcClientMetadata;
  const values: FlaskGuideValues = {
    endpoint: getConsoleConfig().tenantEndpoint,
    appId: application.id,
    // While the secrets load, the code shows the mask, not the "replace with" text of an app without one.
    hasSecret: guideSecret.isPending || Boolean(guideSecret.value),
    redirectUri: redirectUris[0] ?? SUGGESTED_REDIRECT_URI,
    postSignOutUri: postLogoutRedirectUris[0] ?? SUGGESTED_POST_SIGN_OUT_URI,
  };
  const secret: CodeSecret | undefined = guideSecret.value
    ? { value: guideSecret.value, revealed, onToggle: () => setRevealed((current) => !current) }
    : undefined;

  return (
    <ol className={styles.steps}>
      <GuideStep title={t('quick_start.flask.install.title')}>
        <p>{t('quick_start.flask.install.body')}</p>
        <CodeBlock title={t('quick_start.terminal')} parts={installCode()} />
      </GuideStep>
      <GuideStep title={t('quick_start.flask.uris.title')}>
        <p>{t('quick_start.flask.uris.body')}</p>
        <GuideRedirectUris application={application} />
      </GuideStep>
      <GuideStep title={t('quick_start.flask.client.title')}>
        <p>
          <Trans t={t} i18nKey="quick_start.flask.client.body" components={inlineCode} />
        </p>
        {!guideSecret.isPending && !guideSecret.value && (
          <Callout tone="warning">
            {t('quick_start.no_secret')} <Link to={paths.applicationSettings(application.id)}>{t('quick_start.go_to_settings')}</Link>
          </Callout>
        )}
        <CodeBlock title="app.py" parts={clientCode(values)} {...(secret ? { secret } : {})} />
        <p className={styles.note}>{t('quick_start.flask.client.note')}</p>
      </GuideStep>
      <GuideStep title={t('quick_start.flask.sign_in.title')}>
        <p>
          <Trans t={t} i18nKey="quick_start.flask.sign_in.body" components={inlineCode} />
        </p>
        <p>
          <Trans t={t} i18nKey="quick_start.flask.sign_in.sign_up" components={inlineCode} />
        </p>
        <CodeBlock title="app.py" parts={signInCode(values)} />
      </GuideStep>
      <GuideStep title={t('quick_start.flask.sign_out.title')}>
        <p>
          <Trans t={t} i18nKey="quick_start.flask.sign_out.body" components={inlineCode} />
        </p>
        <CodeBlock title="app.py" parts={signOutCode(values)} />
      </GuideStep>
      <GuideStep title={t('quick_start.flask.home.title')}>
        <p>
          <Trans t={t} i18nKey="quick_start.flask.home.body" components={inlineCode} />
        </p>
        <CodeBlock title="app.py" parts={homeCode()} />
      </GuideStep>
      <GuideStep title={t('quick_start.flask.run.title')}>
        <p>
          <Trans t={t} i18nKey="quick_start.flask.run.body" values={{ origin: originOf(values.redirectUri) }} components={inlineCode} />
        </p>
        <CodeBlock title={t('quick_start.terminal')} parts={runCode(values)} />
      </GuideStep>
    </ol>
  );
}

function originOf(uri: string): string {
  try {
    return new URL(uri).origin;
  } catch {
    return uri;
  }
}
