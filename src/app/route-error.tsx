import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/states';

/** The error boundary of every route: says what failed and offers a retry instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { t } = useTranslation();
  // A failed lazy chunk (e.g. after a deploy) needs a real reload; anything else a re-render.
  const retry = () => (isChunkLoadError(error) ? window.location.reload() : navigate(0));
  return (
    <main style={{ padding: 'var(--space-6)' }}>
      <ErrorState
        error={error}
        title={isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : t('states.page_error_title')}
        onRetry={retry}
      />
    </main>
  );
}

const isChunkLoadError = (error: unknown) =>
  error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
