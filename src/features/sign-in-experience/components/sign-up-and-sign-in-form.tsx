import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '@/api/connectors';
import type { SignInExperience } from '@/api/sign-in-experience';
import { Callout } from '@/components/ui/card';
import { SaveBar } from '@/components/ui/save-bar';
import { describeError } from '@/components/ui/states';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { useSaveFlow } from '../hooks/use-save-flow';
import { useSignInForm } from '../hooks/use-sign-in-form';
import { PreviewPanel } from './preview/preview-panel';
import { SaveConfirmDialog } from './save-confirm-dialog';
import styles from './sign-in-experience.module.css';
import { SignUpSection } from './sign-up-section';
import { SocialSection } from './social/social-section';

export function SignUpAndSignInForm({ server, connectors }: { server: SignInExperience; connectors: Connector[] }) {
  const { t } = useTranslation(['sign-in-experience', 'common']);
  // describeError reads common's keys: give it a `t` whose default namespace is common.
  const { t: tCommon } = useTranslation();
  const form = useSignInForm(server, connectors);
  const flow = useSaveFlow(form);
  const formId = useId();
  const failure = flow.failure;

  return (
    <>
      <div className={styles.layout}>
        <form id={formId} className={styles.form} onSubmit={flow.submit} noValidate aria-label={t('tabs.sign_up_and_sign_in')}>
          {failure?.field === 'form' && (
            <Callout tone="danger" role="alert">
              <div>
                <strong>{t('save.failed_title')}</strong>
                <p>{describeError(failure.error, tCommon)}</p>
              </div>
            </Callout>
          )}
          <SignUpSection
            form={form}
            connectors={connectors}
            error={failure?.field === 'signUp' ? failure.error : undefined}
            onEdited={() => flow.clearFailure('signUp')}
          />
          <SocialSection
            form={form}
            error={failure?.field === 'social' ? failure.error : undefined}
            droppedNames={flow.droppedNames}
            onEdited={() => {
              flow.clearFailure('social');
              flow.clearDropped();
            }}
          />
        </form>
        <PreviewPanel candidate={form.candidate} available={form.available} />
      </div>
      <SaveBar
        isDirty={form.isDirty}
        isSaving={flow.isSaving}
        formId={formId}
        onDiscard={() => {
          form.discard();
          flow.resetFailure();
          flow.clearDropped();
        }}
      />
      <UnsavedChangesGuard when={form.isDirty} />
      <SaveConfirmDialog
        open={flow.confirming}
        onOpenChange={flow.setConfirming}
        server={server}
        form={form}
        onConfirm={flow.save}
        isPending={flow.isSaving}
      />
    </>
  );
}
