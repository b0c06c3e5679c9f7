import { useTranslation } from 'react-i18next';
import { Button } from './button';
import styles from './layout.module.css';

/** The sticky Discard / "Save changes" bar shown while a form is dirty. */
export function SaveBar({ isDirty, isSaving, onDiscard, formId }: {
  isDirty: boolean;
  isSaving: boolean;
  onDiscard: () => void;
  /** The form this bar submits, so it can sit outside it. */
  formId?: string;
}) {
  const { t } = useTranslation();
  if (!isDirty && !isSaving) return null;
  return (
    <div className={styles.saveBar} role="region" aria-label={t('save_bar.label')}>
      <span className={styles.saveBarMessage}>{t('save_bar.unsaved')}</span>
      <Button onClick={onDiscard} disabled={isSaving}>
        {t('actions.discard')}
      </Button>
      <Button type="submit" form={formId} variant="primary" isLoading={isSaving}>
        {t('actions.save_changes')}
      </Button>
    </div>
  );
}
