import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { Switch } from '@/components/ui/switch';
import type { SignInForm } from '../../hooks/use-sign-in-form';
import styles from '../sign-in-experience.module.css';

/** The two `socialSignIn` settings; they only matter once at least one social button exists. */
export function SocialOptions({ form, onEdited }: { form: SignInForm; onEdited: () => void }) {
  const { t } = useTranslation('sign-in-experience');
  const noIdentifier = form.values.signUp === 'none';
  return (
    <div className={styles.options}>
      <Field label={t('options.linking_label')} description={t('options.linking_description')} className={styles.switchField}>
        <Switch
          checked={form.values.automaticAccountLinking}
          onCheckedChange={(checked) => {
            form.update(() => ({ automaticAccountLinking: checked }));
            onEdited();
          }}
        />
      </Field>
      <Field
        label={t('options.collect_label')}
        description={noIdentifier ? t('options.collect_not_applicable') : t('options.collect_description')}
        className={styles.switchField}
      >
        <Switch
          checked={form.values.collectIdentifier && !noIdentifier}
          disabled={noIdentifier}
          onCheckedChange={(checked) => {
            form.update(() => ({ collectIdentifier: checked }));
            onEdited();
          }}
        />
      </Field>
    </div>
  );
}
