import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import type { SettingsValues } from './settings-schema';
import { UriListField } from './uri-list-field';

export function UrisSection({ form, isNative }: { form: UseFormReturn<SettingsValues>; isNative: boolean }) {
  const { t } = useTranslation('applications');
  return (
    <Card title={t('settings.uris.title')} description={isNative ? t('settings.uris.description_native') : t('settings.uris.description')}>
      <UriListField form={form} name="redirectUris" label={t('fields.redirect_uris')} description={t('settings.uris.redirect_hint')} />
      <UriListField
        form={form}
        name="postLogoutRedirectUris"
        label={t('fields.post_sign_out_redirect_uris')}
        description={t('settings.uris.post_sign_out_hint')}
      />
    </Card>
  );
}
