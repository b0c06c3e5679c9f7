import { useTranslation } from 'react-i18next';
import { Callout } from '@/components/ui/card';
import { findFramework } from '../catalogue/frameworks';
import { useApplicationOutlet } from '../details/application-outlet';
import { EssentialsGuide } from '../quick-start/essentials-guide';
import { FlaskGuide } from '../quick-start/flask-guide';
import { useQuickStartState } from '../quick-start/quick-start-state';
import styles from '../quick-start/quick-start.module.css';

/**
 * Traditional web apps get the Flask guide; a framework picked in the catalogue without a Torii
 * guide, and the other types, get the essentials every SDK needs.
 */
export function Component() {
  const { t } = useTranslation('applications');
  const { application } = useApplicationOutlet();
  const { created, frameworkId } = useQuickStartState();
  const framework = findFramework(frameworkId);
  const useFlask = framework ? framework.guide === 'flask' : application.type === 'Traditional';

  return (
    <div className={styles.page}>
      {created && (
        <Callout tone="success" role="status">
          {t('quick_start.created', { name: application.name })}
        </Callout>
      )}
      <p className={styles.intro}>{useFlask ? t('quick_start.flask.intro') : t('quick_start.essentials.intro')}</p>
      {useFlask ? <FlaskGuide application={application} /> : <EssentialsGuide application={application} frameworkName={framework?.name} />}
    </div>
  );
}
