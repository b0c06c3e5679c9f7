import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { connectorKeys, deleteConnector, type Connector } from '@/api/connectors';
import { signInExperienceKeys } from '@/api/sign-in-experience';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TrashIcon } from '@/components/ui/icons';
import { describeError } from '@/components/ui/states';
import { toast } from '@/components/ui/toast';
import { leaveWithoutAsking } from '@/components/ui/unsaved-changes-guard';
import { paths } from '@/lib/paths';

/**
 * Delete, with a warning when the provider's button is on the sign-in page: the button goes, or, when
 * another platform's connector (`sharedWith`) serves the same provider, it stays but this one stops.
 */
export function DeleteConnector({
  connector,
  name,
  onSignInPage,
  sharedWith,
}: {
  connector: Connector;
  name: string;
  onSignInPage: boolean;
  sharedWith?: string;
}) {
  const { t } = useTranslation('connectors');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => deleteConnector(connector.id),
    onSuccess: async () => {
      setOpen(false);
      toast.success(t('details.deleted', { name }));
      // Leave first: removing the detail query while this page still watches it refetched the deleted
      // connector, and the 404 was logged (tests/e2e/abuse/double-submit.spec.ts).
      // Unsaved edits of a deleted record are moot: leave without the guard's question.
      await navigate(paths.socialConnectors(), { state: leaveWithoutAsking });
      queryClient.removeQueries({ queryKey: connectorKeys.detail(connector.id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: connectorKeys.all, exact: true }),
        queryClient.invalidateQueries({ queryKey: signInExperienceKeys.all }),
      ]);
    },
  });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <TrashIcon />
        {t('details.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) mutation.reset();
        }}
        title={t('details.delete_title', { name })}
        confirmLabel={tCommon('actions.delete')}
        isPending={mutation.isPending}
        onConfirm={() => mutation.mutate()}
      >
        <p>{t('details.delete_body', { name })}</p>
        {onSignInPage && (
          <Callout tone="warning">
            {sharedWith ? t('details.delete_in_use_shared', { name, other: sharedWith }) : t('details.delete_in_use', { name })}
          </Callout>
        )}
        {mutation.isError && (
          <Callout tone="danger" role="alert">
            {describeError(mutation.error, tCommon)}
          </Callout>
        )}
      </ConfirmDialog>
    </>
  );
}
