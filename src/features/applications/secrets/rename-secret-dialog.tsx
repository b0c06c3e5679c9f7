import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { renameApplicationSecret } from '@/api/application-secrets';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { useValidationMessage } from '../shared/validation';
import { placeSecretError } from './secret-errors';
import { renameSecretSchema, type RenameSecretValues } from './secret-form';
import styles from './secrets.module.css';
import { useSecretMutation } from './use-secret-mutation';
import { useDescribeError } from '../shared/use-describe-error';

const FORM_ID = 'rename-secret-form';

/** Renaming keeps the value: apps using the secret are not affected. Mounted only while open. */
export function RenameSecretDialog({ applicationId, currentName, onClose }: { applicationId: string; currentName: string; onClose: () => void }) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const validationMessage = useValidationMessage();
  const form = useForm<RenameSecretValues>({ resolver: zodResolver(renameSecretSchema), defaultValues: { name: currentName }, mode: 'onTouched' });
  const mutation = useSecretMutation(applicationId, (newName: string) => renameApplicationSecret(applicationId, currentName, newName));
  const submit = form.handleSubmit((values) => {
    const name = values.name.trim();
    if (name === currentName) return onClose();
    mutation.mutate(name, {
      onSuccess: (secret) => {
        toast.success(t('secrets.renamed', { name: secret.name }));
        onClose();
      },
      onError: (error) => void placeSecretError(error, form),
    });
  });
  const dialogError = mutation.isError && !form.formState.errors.name;

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !mutation.isPending && onClose()}
      title={t('secrets.rename_title', { name: currentName })}
      description={t('secrets.rename_description')}
      footer={
        <>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={FORM_ID} variant="primary" isLoading={mutation.isPending}>
            {t('secrets.rename')}
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
      </form>
    </Dialog>
  );
}
