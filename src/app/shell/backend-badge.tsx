import { useTranslation } from 'react-i18next';
import { getConsoleConfig } from '@/lib/console-config';
import styles from './shell.module.css';

/** Says which backend every change goes to, so nobody edits production by mistake. */
export function BackendBadge() {
  const { t } = useTranslation();
  const config = getConsoleConfig();
  const text = config.mode === 'embedded' ? t('backend.embedded') : t('backend.connected', { endpoint: config.tenantEndpoint });
  return (
    <span className={styles.badge} data-mode={config.mode}
      data-problem={config.problem ? 'true' : undefined} title={text} data-testid="backend-badge">
      <span className={styles.badgeDot} aria-hidden="true" />
      {text}
    </span>
  );
}
