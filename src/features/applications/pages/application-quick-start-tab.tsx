import { Trans, useTranslation } from 'react-i18next';
import { CheckIcon } from '@/components/ui/icons';
import { findFramework } from '../catalogue/frameworks';
import { useApplicationOutlet } from '../details/application-outlet';
import { EssentialsGuide } from '../quick-start/essentials-guide';
import { FlaskGuide } from '../quick-start/flask-guide';
import { inlineCode } from '../quick-start/inline-code';
import { useQuickStartState } from '../quick-start/quick-start-state';
import styles from '../quick-start/quick-start.module.css';

/**
 * Traditional web apps get the Flask guide; a framework picked in the catalogue without a Torii
 * guide, and the other types, get the essentials every SDK needs.
 */
export function Component() {
  const { t } = useTranslation('applications');
  const { application } = useApplicationOutlet();
  const { created, frameworkId } = useQuickStartState(application.id);
  const framework = findFramework(frameworkId);
  const useFlask = framework ? framework.guide === 'flask' : application.type === 'Traditional';

  return (
    <div className={styles.page}>
      {created && (
        <div className={styles.celebration} role="status">
          <CheckIcon />
          <div>
            <p className={styles.celebrationTitle}>{t('quick_start.created_title', { name: application.name })}</p>
            <p>{t('quick_start.created')}</p>
          </div>
        </div>
      )}
      <p className={styles.intro}>
        {useFlask ? <Trans t={t} i18nKey="quick_start.flask.intro" components={inlineCode} /> : t('quick_start.essentials.intro')}
      </p>
      {useFlask ? <FlaskGuide application={application} /> : <EssentialsGuide application={application} frameworkName={framework?.name} />}
    </div>
  );
}
