import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';

export default function ResetDemoDialog(props: { open: boolean; resetData: () => Promise<void>; onClose: () => void }) {
  const { resetData, onClose } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  const reset = async () => {
    setPending(true);
    try {
      await resetData();
      // Back to no data, and the queries on screen fetch again: the page shows the seed at once.
      await queryClient.resetQueries();
      onClose();
      toast.success(t('reset_demo.done'));
    } finally {
      setPending(false);
    }
  };

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={(open) => !open && onClose()}
      title={t('reset_demo.title')}
      confirmLabel={t('reset_demo.confirm')}
      onConfirm={reset}
      isPending={pending}
    >
      <p>{t('reset_demo.description')}</p>
    </ConfirmDialog>
  );
}
