import { useTranslation } from 'react-i18next';
import { deleteApplicationSecret, deleteLegacyApplicationSecret } from '@/api/application-secrets';
import { Callout } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { useSecretMutation } from './use-secret-mutation';
import { useDescribeError } from '../shared/use-describe-error';

/** `legacy` deletes the old `applications.secret` through its own endpoint. Mounted only while open. */
export function DeleteSecretDialog({ applicationId, name, displayName, legacy, isLast, onClose }: {
  applicationId: string;
  name: string;
  displayName: string;
  legacy: boolean;
  isLast: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const mutation = useSecretMutation(applicationId, () =>
    legacy ? deleteLegacyApplicationSecret(applicationId) : deleteApplicationSecret(applicationId, name),
  );
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && !mutation.isPending && onClose()}
      title={t('secrets.delete_title', { name: displayName })}
      confirmLabel={t('secrets.delete')}
      isPending={mutation.isPending}
      onConfirm={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            toast.success(t('secrets.deleted', { name: displayName }));
            onClose();
          },
        })
      }
    >
      <p>{t('secrets.delete_description')}</p>
      {isLast && <Callout tone="warning">{t('secrets.delete_last_warning')}</Callout>}
      {mutation.isError && (
        <Callout tone="danger" role="alert">
          {describeError(mutation.error)}
        </Callout>
      )}
    </ConfirmDialog>
  );
}
