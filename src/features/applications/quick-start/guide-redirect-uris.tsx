import { useTranslation } from 'react-i18next';
import type { Application } from '@/api/applications';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { SUGGESTED_POST_SIGN_OUT_URI, SUGGESTED_REDIRECT_URI, toUriEntries } from '../shared/redirect-uris';
import { toSettingsValues } from '../settings/settings-schema';
import { UriListField } from '../settings/uri-list-field';
import { useSettingsForm } from '../settings/use-settings-form';
import styles from './quick-start.module.css';
import { useDescribeError } from '../shared/use-describe-error';

const FORM_ID = 'guide-redirect-uris-form';

/** An app without URIs starts from the local Flask suggestion; saving sends them like the settings tab. */
function withSuggestions(application: Application) {
  const values = toSettingsValues(application);
  const suggested = values.redirectUris.length === 0 && values.postLogoutRedirectUris.length === 0;
  if (!suggested) return { values, suggested };
  return {
    suggested,
    values: { ...values, redirectUris: toUriEntries([SUGGESTED_REDIRECT_URI]), postLogoutRedirectUris: toUriEntries([SUGGESTED_POST_SIGN_OUT_URI]) },
  };
}

/** The redirect URI editor inside a guide, so the admin never has to leave it. */
export function GuideRedirectUris({ application }: { application: Application }) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const { values, suggested } = withSuggestions(application);
  const { form, mutation, onSubmit, unplacedFailure, clearFailure } = useSettingsForm(application, values, 'uris');
  const { isDirty } = form.formState;

  return (
    <form id={FORM_ID} className={styles.uriForm} noValidate onSubmit={onSubmit} aria-label={t('quick_start.uris_form_label')}>
      {suggested && <Callout tone="info">{t('quick_start.uris_suggested')}</Callout>}
      {unplacedFailure !== null && (
        <Callout tone="danger" role="alert">
          {describeError(unplacedFailure)}
        </Callout>
      )}
      <UriListField form={form} name="redirectUris" label={t('fields.redirect_uris')} />
      <UriListField form={form} name="postLogoutRedirectUris" label={t('fields.post_sign_out_redirect_uris')} />
      <div className={styles.uriActions}>
        <Button type="submit" variant="primary" isLoading={mutation.isPending} disabled={!isDirty && !suggested}>
          {t('quick_start.save_uris')}
        </Button>
        {isDirty && (
          <Button
            onClick={() => {
              form.reset();
              clearFailure();
            }}
            disabled={mutation.isPending}
          >
            {t('common:actions.discard')}
          </Button>
        )}
        {!isDirty && !suggested && mutation.isSuccess && <span className={styles.saved}>{t('common:states.saved')}</span>}
      </div>
      <UnsavedChangesGuard when={isDirty && !mutation.isPending} />
    </form>
  );
}
