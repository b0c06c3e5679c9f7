import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EMBEDDED_API_FAILED, isApiError } from '@/lib/api-error';
import { connectionProblem, problemEndpoint } from '@/lib/console-config';
import { Button } from './button';
import styles from './misc.module.css';

/** Placeholder rows while data loads; announced once as "Loading…". */
export function LoadingState({ rows = 4, label }: { rows?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={label ?? t('states.loading')} aria-busy="true">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className={styles.skeleton} style={{ width: `${90 - index * 12}%`, margin: '14px 0' }} />
      ))}
    </div>
  );
}

export function EmptyState({ title, children, action, titleAs: Title = 'p' }: {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  /** The page's own heading when the empty state is the whole page. */
  titleAs?: 'p' | 'h1' | 'h2';
}) {
  return (
    <div className={styles.state}>
      <Title className={styles.stateTitle}>{title}</Title>
      {children}
      {action}
    </div>
  );
}

/** Says what failed, in the admin's language, with a retry. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={styles.state} role="alert">
      <p className={styles.stateTitle}>{title ?? t('states.error_title')}</p>
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <Button onClick={onRetry} variant="secondary">
          {t('actions.retry')}
        </Button>
      )}
    </div>
  );
}

type TranslateFn = ReturnType<typeof useTranslation>['t'];

/** A readable sentence for any failure; the server's message is already localised by Accept-Language. */
export function describeError(error: unknown, t: TranslateFn): string {
  if (isApiError(error)) {
    if (error.code === EMBEDDED_API_FAILED) return t('errors.embedded_api_failed');
    if (error.kind === 'network') return t('errors.network');
    if (error.kind === 'timeout') return t('errors.timeout');
    // Connected mode: Torii's server says why it could not reach or sign in to Logto.
    const problem = connectionProblem(error.code);
    if (problem) return t(`connection.${problem}.description`, { endpoint: problemEndpoint() });
    if (error.kind === 'invalid_response') return t('errors.invalid_response');
    if (error.status >= 500) return t('errors.server');
    return error.message;
  }
  return t('errors.unknown');
}
