import { useTranslation } from 'react-i18next';
import { TYPES_WITH_REDIRECT_URIS, type Application } from '@/api/applications';
import { Callout } from '@/components/ui/card';
import { SaveBar } from '@/components/ui/save-bar';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { GeneralSection } from './general-section';
import styles from './settings.module.css';
import { UrisSection } from './uris-section';
import { useSettingsForm } from './use-settings-form';
import { useDescribeError } from '../shared/use-describe-error';

const FORM_ID = 'application-settings-form';

/** Name, description and URIs in one form with a sticky save bar; leaving it dirty asks first. */
export function SettingsForm({ application }: { application: Application }) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const { form, mutation, onSubmit, unplacedFailure, clearFailure } = useSettingsForm(application);
  const { isDirty } = form.formState;

  return (
    <>
      <form id={FORM_ID} className={styles.form} noValidate onSubmit={onSubmit} aria-label={t('settings.form_label')}>
        {unplacedFailure !== null && (
          <Callout tone="danger" role="alert">
            {describeError(unplacedFailure)}
          </Callout>
        )}
        <GeneralSection form={form} />
        {TYPES_WITH_REDIRECT_URIS.includes(application.type) && <UrisSection form={form} isNative={application.type === 'Native'} />}
      </form>
      <UnsavedChangesGuard when={isDirty && !mutation.isPending} />
      <SaveBar
        isDirty={isDirty}
        isSaving={mutation.isPending}
        formId={FORM_ID}
        onDiscard={() => {
          form.reset();
          mutation.reset();
          clearFailure();
        }}
      />
    </>
  );
}
