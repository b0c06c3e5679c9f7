import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Callout } from '@/components/ui/card';
import { describeError } from '@/components/ui/states';
import { paths } from '@/lib/paths';
import type { SaveProblem } from './server-errors';
import styles from './config-form.module.css';

/** The explanation of a failed save, above the form's button; links to the connector in the way. */
export function SaveProblemCallout({ problem, name, existingId }: { problem: SaveProblem; name: string; existingId?: string | undefined }) {
  const { t } = useTranslation(['connectors', 'common']);
  const { t: tCommon } = useTranslation();
  const existing = existingId && (
    <Link to={paths.connector(existingId)} className={styles.problemLink}>
      {t('connectors:form.server.open_existing')}
    </Link>
  );
  switch (problem.kind) {
    case 'multiple_instances':
    case 'multiple_target':
      return (
        <Callout tone="danger" role="alert">
          <div className={styles.problem}>
            <p>{t(problem.kind === 'multiple_target' ? 'connectors:form.server.multiple_target' : 'connectors:form.server.multiple_instances', { name })}</p>
            {existing}
          </div>
        </Callout>
      );
    case 'invalid_config':
      return (
        <Callout tone="danger" role="alert">
          <div className={styles.problem}>
            <p>{t('connectors:form.server.invalid_config')}</p>
            {problem.unmatched.length > 0 && (
              <ul className={styles.problemLines}>
                {problem.unmatched.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        </Callout>
      );
    case 'other':
      return (
        <Callout tone="danger" role="alert">
          {describeError(problem.error, tCommon)}
        </Callout>
      );
  }
}
