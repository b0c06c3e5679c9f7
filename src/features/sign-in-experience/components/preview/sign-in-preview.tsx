import { useTranslation } from 'react-i18next';
import type { Language } from '@/lib/i18n-language';
import { usePreviewT } from '../../hooks/use-preview-t';
import type { SignInCandidate } from '../../model/form-values';
import { buildPreview, type PreviewField } from '../../model/preview';
import type { SocialTarget } from '../../model/social-targets';
import type { PreviewDevice, PreviewTheme } from './preview-panel';
import styles from './preview.module.css';

const FIELD_LABEL = {
  username: 'preview_page.username',
  email: 'preview_page.email',
  phone: 'preview_page.phone',
  email_or_phone: 'preview_page.email_or_phone',
  username_or_email: 'preview_page.username_or_email',
  username_or_phone: 'preview_page.username_or_phone',
  any: 'preview_page.any_identifier',
} as const satisfies Record<PreviewField, string>;

/**
 * The end user's sign-in page, drawn (not interactive: nothing here can be clicked or focused) from
 * the same candidate the save sends, in the preview's own language and theme.
 */
export function SignInPreview(props: {
  candidate: SignInCandidate;
  available: ReadonlyMap<string, SocialTarget>;
  language: Language;
  theme: PreviewTheme;
  device: PreviewDevice;
}) {
  const { t } = useTranslation('sign-in-experience');
  const pt = usePreviewT(props.language);
  const model = buildPreview(props.candidate, props.available, props.language);
  const hasField = model.field !== null;
  const hasButtons = model.buttons.length > 0;

  return (
    <figure className={styles.frame} data-device={props.device} data-theme={props.theme} aria-label={t('preview.frame_label')}>
      {!pt ? (
        <p className={styles.loading}>{t('preview.loading')}</p>
      ) : (
        <div className={styles.page} lang={props.language} data-testid="sign-in-preview">
          <div className={styles.card}>
            <span className={styles.brand} aria-hidden="true" />
            <p className={styles.pageTitle}>{pt('preview_page.title')}</p>
            {model.field !== null && (
              <>
                <span className={styles.fakeInput}>{pt(FIELD_LABEL[model.field])}</span>
                {model.password && <span className={styles.fakeInput}>{pt('preview_page.password')}</span>}
                <span className={styles.fakeSubmit}>{pt('preview_page.submit')}</span>
              </>
            )}
            {hasField && hasButtons && (
              <p className={styles.divider}>
                <span>{pt('preview_page.or')}</span>
              </p>
            )}
            {hasButtons && (
              <ul className={styles.socialButtons} aria-label={pt('preview_page.social_list')}>
                {model.buttons.map((button) => (
                  <li key={button.target} className={styles.socialButton}>
                    <img src={props.theme === 'dark' && button.logoDark ? button.logoDark : button.logo} alt="" width={20} height={20} />
                    <span>{pt('preview_page.continue_with', { name: button.name })}</span>
                  </li>
                ))}
              </ul>
            )}
            {!hasField && !hasButtons && <p className={styles.nothing}>{pt('preview_page.nothing')}</p>}
          </div>
        </div>
      )}
    </figure>
  );
}
