import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { useValidationMessage } from '../shared/validation';
import type { SettingsValues } from './settings-schema';
import styles from './settings.module.css';

export function GeneralSection({ form }: { form: UseFormReturn<SettingsValues> }) {
  const { t } = useTranslation('applications');
  const validationMessage = useValidationMessage();
  const { errors } = form.formState;
  return (
    <Card title={t('settings.general.title')}>
      <Field label={t('fields.application_name')} required error={validationMessage(errors.name?.message)}>
        <Input {...form.register('name')} required autoComplete="off" />
      </Field>
      <Field label={t('fields.description')} error={validationMessage(errors.description?.message)}>
        <Textarea {...form.register('description')} rows={3} className={styles.textarea} />
      </Field>
    </Card>
  );
}
