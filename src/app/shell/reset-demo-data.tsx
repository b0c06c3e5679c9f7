import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { useEmbeddedApi } from '@/lib/embedded-api-context';

/** Embedded mode only: puts the demo data back to its seed. */
export function ResetDemoData() {
  const { t } = useTranslation();
  const embeddedApi = useEmbeddedApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!embeddedApi) return null;

  const reset = async () => {
    setPending(true);
    try {
      await embeddedApi.resetData();
      queryClient.clear();
      await queryClient.invalidateQueries();
      setOpen(false);
      toast.success(t('reset_demo.done'));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button size="small" variant="ghost" onClick={() => setOpen(true)}>
        {t('reset_demo.action')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('reset_demo.title')}
        confirmLabel={t('reset_demo.confirm')}
        onConfirm={reset}
        isPending={pending}
      >
        <p>{t('reset_demo.description')}</p>
      </ConfirmDialog>
    </>
  );
}
