import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applicationKeys, deleteApplication, type Application } from '@/api/applications';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TrashIcon } from '@/components/ui/icons';
import { toast } from '@/components/ui/toast';
import { leaveWithoutAsking } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/lib/paths';
import { useDescribeError } from '../shared/use-describe-error';

/** Deleting signs every user of the app out for good, so the admin types the app's name first. */
export function DeleteApplication({ application }: { application: Application }) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => deleteApplication(application.id),
    onSuccess: async () => {
      // The app is gone: no screen may fetch it (or its secrets) again while we leave, or the
      // browser logs a 404 for a request nobody needs (seen on a loaded CI machine).
      queryClient.setQueryDefaults(applicationKeys.detail(application.id), { enabled: false });
      setOpen(false);
      toast.success(t('delete.done', { name: application.name }));
      // Unsaved edits of a deleted record are moot: leave without the guard's question.
      await navigate(paths.applications(), { state: leaveWithoutAsking });
      queryClient.removeQueries({ queryKey: applicationKeys.detail(application.id) });
      await queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
    },
  });

  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <TrashIcon />
        {t('delete.action')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) mutation.reset();
        }}
        title={t('delete.title', { name: application.name })}
        confirmLabel={t('delete.confirm')}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        confirmationText={application.name}
        confirmationLabel={t('delete.type_name', { name: application.name })}
      >
        <p>{t('delete.description')}</p>
        {mutation.isError && (
          <Callout tone="danger" role="alert">
            {describeError(mutation.error)}
          </Callout>
        )}
      </ConfirmDialog>
    </>
  );
}
