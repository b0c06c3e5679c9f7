import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { connectorDisplayName, type SocialTarget } from '../../model/social-targets';
import styles from '../sign-in-experience.module.css';
import { ConnectorLogo } from './connector-logo';
import { PlatformTags } from './platform-tags';

/** Offers each configured social target not on the list yet; picking one adds it at the end. */
export function AddSocialConnectorDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  options: SocialTarget[];
  onAdd: (target: string) => void;
  fallbackFocus?: () => HTMLElement | null | undefined;
}) {
  const { t, i18n } = useTranslation(['sign-in-experience', 'common']);
  // Alphabetical, so a long catalogue is easy to scan whatever order the server lists connectors in.
  const options = props.options
    .map((option) => ({ ...option, name: connectorDisplayName(option.connector, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('social.add')}
      description={t('social.add_description')}
      {...(props.fallbackFocus ? { fallbackFocus: props.fallbackFocus } : {})}
    >
      {options.length === 0 ? (
        <p className={styles.muted}>{t('social.all_added')}</p>
      ) : (
        <ul className={styles.addList}>
          {options.map((option) => (
            <li key={option.target}>
              <button
                type="button"
                className={styles.addOption}
                onClick={() => {
                  props.onAdd(option.target);
                  props.onOpenChange(false);
                }}
              >
                <ConnectorLogo connector={option.connector} />
                <span className={styles.targetName}>{option.name}</span>
                <PlatformTags platforms={option.platforms} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
