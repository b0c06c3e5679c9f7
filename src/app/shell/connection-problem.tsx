import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import type { ConsoleConfig } from '@/lib/console-config';
import styles from './shell.module.css';

/**
 * Connected mode: the server cannot reach or sign in to Logto (or did not answer at all). Shown in
 * place of the page, whose every call would fail with the same cause, with a way to check again.
 */
export function ConnectionProblem({ problem, endpoint }: { problem: NonNullable<ConsoleConfig['problem']>; endpoint: string }) {
  const { t } = useTranslation();
  return (
    <Callout tone="danger" role="alert">
      <div>
        <strong>{t(`connection.${problem}.title`)}</strong>
        <p>{t(`connection.${problem}.description`, { endpoint })}</p>
        <div className={styles.problemActions}>
          <Button onClick={() => window.location.reload()}>{t('actions.retry')}</Button>
        </div>
      </div>
    </Callout>
  );
}
