import { useTranslation } from 'react-i18next';
import { Callout } from '@/components/ui/card';
import { getConsoleConfig, problemEndpoint } from '@/lib/console-config';

/** Connected mode: when the server cannot reach or authenticate to Logto, say which, in place of a blank screen. */
export function ConnectionProblem() {
  const { t } = useTranslation();
  const config = getConsoleConfig();
  const { problem } = config;
  if (!problem) return null;
  return (
    <div style={{ marginBottom: 'var(--space-5)' }}>
      <Callout tone="danger" role="alert">
        <div>
          <strong>{t(`connection.${problem}.title`)}</strong>
          <p>{t(`connection.${problem}.description`, { endpoint: problemEndpoint(config) })}</p>
        </div>
      </Callout>
    </div>
  );
}
