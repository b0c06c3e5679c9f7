import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Callout } from '@/components/ui/card';
import { paths } from '@/lib/paths';
import styles from './list.module.css';

/** Configured but not on the sign-in page means nobody can use it yet: say so, and where to fix it. */
export function SignInNudge({ names }: { names: string[] }) {
  const { t, i18n } = useTranslation('connectors');
  if (names.length === 0) return null;
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' }).format(names);
  return (
    <Callout tone="warning">
      <div className={styles.nudge}>
        <p>{t('list.nudge', { count: names.length, names: list })}</p>
        <p className={styles.nudgeWhere}>{t('list.nudge_where')}</p>
        <Link to={paths.signUpAndSignIn()} className={styles.nudgeLink}>
          {t('list.nudge_action')}
        </Link>
      </div>
    </Callout>
  );
}
