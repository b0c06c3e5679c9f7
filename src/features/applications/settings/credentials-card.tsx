import { useTranslation } from 'react-i18next';
import type { Application } from '@/api/applications';
import { Card } from '@/components/ui/card';
import { CopyableText } from '@/components/ui/secret';
import { getConsoleConfig } from '@/lib/console-config';
import styles from './settings.module.css';

/** What the app's code needs to find Logto and identify itself; the secret sits in its own card. */
export function CredentialsCard({ application }: { application: Application }) {
  const { t } = useTranslation('applications');
  const endpoint = getConsoleConfig().tenantEndpoint;
  return (
    <Card title={t('settings.credentials.title')} description={t('settings.credentials.description')}>
      <dl className={styles.facts}>
        <div>
          <dt>{t('fields.app_id')}</dt>
          <dd>
            <CopyableText value={application.id} />
          </dd>
        </div>
        <div>
          <dt>{t('fields.endpoint')}</dt>
          <dd>
            <CopyableText value={endpoint} />
          </dd>
        </div>
      </dl>
    </Card>
  );
}
