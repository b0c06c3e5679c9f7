import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createApplicationSecret } from '@/api/application-secrets';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { useValidationMessage } from '../shared/validation';
import { placeSecretError } from './secret-errors';
import { addSecretSchema, DEFAULT_EXPIRY, EXPIRY_CHOICES, toExpiresAt, type AddSecretValues } from './secret-form';
import styles from './secrets.module.css';
import { useSecretMutation } from './use-secret-mutation';
import { useDescribeError } from '../shared/use-describe-error';

const FORM_ID = 'add-secret-form';

export function AddSecretDialog({ applicationId, open, onOpenChange }: { applicationId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const validationMessage = useValidationMessage();
  const form = useForm<AddSecretValues>({ resolver: zodResolver(addSecretSchema), defaultValues: { name: '', expiry: DEFAULT_EXPIRY }, mode: 'onTouched' });
  const mutation = useSecretMutation(applicationId, (values: AddSecretValues) => {
    const expiresAt = toExpiresAt(values.expiry);
    return createApplicationSecret(applicationId, { name: values.name.trim(), ...(expiresAt === undefined ? {} : { expiresAt }) });
  });
  const close = (next: boolean) => {
    if (next || mutation.isPending) return;
    form.reset();
    mutation.reset();
    onOpenChange(false);
  };
  const submit = form.handleSubmit((values) =>
    mutation.mutate(values, {
      onSuccess: (secret) => {
        toast.success(t('secrets.added', { name: secret.name }));
        close(false);
      },
      onError: (error) => void placeSecretError(error, form, 'expiry'),
    }),
  );
  const dialogError = mutation.isError && !form.formState.errors.name && !form.formState.errors.expiry;
  const expiryOptions = EXPIRY_CHOICES.map((value) => ({ value, label: value === 'never' ? t('secrets.expiry.never') : t('secrets.expiry.days', { days: value }) }));

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('secrets.add_title')}
      description={t('secrets.add_description')}
      footer={
        <>
          <Button onClick={() => close(false)} disabled={mutation.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={FORM_ID} variant="primary" isLoading={mutation.isPending}>
            {t('secrets.add')}
          </Button>
        </>
      }
    >
      <form id={FORM_ID} className={styles.form} noValidate onSubmit={submit}>
        {dialogError && (
          <Callout tone="danger" role="alert">
            {describeError(mutation.error)}
          </Callout>
        )}
        <Field label={t('secrets.name')} required error={validationMessage(form.formState.errors.name?.message)}>
          <Input {...form.register('name')} required autoComplete="off" autoFocus />
        </Field>
        <Field label={t('secrets.expires')} error={form.formState.errors.expiry?.message}>
          <Controller
            control={form.control}
            name="expiry"
            render={({ field }) => <Select value={field.value} onValueChange={field.onChange} options={expiryOptions} name={field.name} />}
          />
        </Field>
      </form>
    </Dialog>
  );
}
