import { useTranslation } from 'react-i18next';
import { FrameworkCatalogue } from '../catalogue/framework-catalogue';
import { LazyCreateDialogs } from './lazy-create-dialogs';
import { useCreateFlow } from './create-flow';
import styles from './create.module.css';

/** The list's empty state: no table, straight to choosing what to build. */
export function InlineCatalogue() {
  const { t } = useTranslation('applications');
  const flow = useCreateFlow();
  return (
    <section className={styles.inline} aria-labelledby="first-application-title">
      <div className={styles.inlineIntro}>
        <h2 id="first-application-title">{t('list.empty_title')}</h2>
        <p>{t('list.empty_description')}</p>
      </div>
      <FrameworkCatalogue onSelect={flow.pickFramework} onContinueWithoutFramework={flow.withoutFramework} />
      <LazyCreateDialogs flow={flow} />
    </section>
  );
}
