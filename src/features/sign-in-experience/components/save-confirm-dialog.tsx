import { useTranslation } from 'react-i18next';
import type { SignInExperience } from '@/api/sign-in-experience';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { SignInForm } from '../hooks/use-sign-in-form';
import { useTargetName } from '../hooks/use-target-name';
import { diffTargets } from '../model/diff';
import { keepConfigured } from '../model/social-targets';
import { toSignUpChoice } from '../model/sign-up-identifier';
import styles from './sign-in-experience.module.css';

/** Shows what the save changes on the users' sign-in page before it is sent. */
export function SaveConfirmDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  server: SignInExperience;
  form: SignInForm;
  onConfirm: () => Promise<void>;
  isPending: boolean;
}) {
  const { t } = useTranslation(['sign-in-experience', 'common']);
  const { server, form } = props;
  const { patch, candidate } = form;
  const nameOf = useTargetName(form.available);
  const list = (targets: string[]) => targets.map(nameOf).join(t('sign_up.list_separator'));

  const before = keepConfigured(server.socialSignInConnectorTargets, form.available);
  const diff = diffTargets(before, candidate.socialSignInConnectorTargets);
  const storedMethods = new Set(server.signIn.methods.map((method) => method.identifier));
  const addedMethods = candidate.signIn.methods.filter((method) => !storedMethods.has(method.identifier));
  const choiceLabel = (identifiers: SignInExperience['signUp']['identifiers']) =>
    t(`sign_up.choices.${toSignUpChoice(identifiers)}.label`);
  // The two options travel in the same PATCH: say so when they changed too.
  const onOff = (value: boolean | undefined) => t(value ? 'save.on' : 'save.off');
  const optionChanges = patch.socialSignIn
    ? [
        { label: t('options.linking_label'), from: server.socialSignIn?.automaticAccountLinking, to: patch.socialSignIn.automaticAccountLinking },
        // Stored inverted: "skip required identifiers" is "collect" switched off.
        { label: t('options.collect_label'), from: !server.socialSignIn?.skipRequiredIdentifiers, to: !patch.socialSignIn.skipRequiredIdentifiers },
      ].filter((change) => Boolean(change.from) !== Boolean(change.to))
    : [];

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('save.confirm_title')}
      confirmLabel={t('common:actions.save_changes')}
      variant="primary"
      onConfirm={props.onConfirm}
      isPending={props.isPending}
    >
      <p className={styles.muted}>{t('save.confirm_description')}</p>
      {patch.signUp && (
        <ul className={styles.diffList}>
          <li>{t('save.sign_up_change', { from: choiceLabel(server.signUp.identifiers), to: choiceLabel(patch.signUp.identifiers) })}</li>
          {addedMethods.length > 0 && (
            <li>
              {t('save.sign_in_methods_added', {
                methods: addedMethods.map((method) => t(`sign_up.methods.${method.identifier}`)).join(t('sign_up.list_separator')),
              })}
            </li>
          )}
        </ul>
      )}
      {(patch.socialSignInConnectorTargets || optionChanges.length > 0) && (
        <section aria-label={t('save.social_heading')}>
          <h3 className={styles.diffHeading}>{t('save.social_heading')}</h3>
          <ul className={styles.diffList}>
            {diff.added.length > 0 && <li>{t('save.added', { names: list(diff.added) })}</li>}
            {diff.removed.length > 0 && <li>{t('save.removed', { names: list(diff.removed) })}</li>}
            {diff.reordered && (
              <li>{t('save.reordered', { names: candidate.socialSignInConnectorTargets.map(nameOf).join(t('save.order_separator')) })}</li>
            )}
            {optionChanges.map((change) => (
              <li key={change.label}>{t('save.option_change', { option: change.label, from: onOff(change.from), to: onOff(change.to) })}</li>
            ))}
          </ul>
        </section>
      )}
    </ConfirmDialog>
  );
}
