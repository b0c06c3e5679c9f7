import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useEmbeddedApi } from '@/lib/embedded-api-context';

// The confirmation (and the dialog code behind it) is its own chunk, fetched after the first paint and
// mounted closed, so opening it is instant and focus goes back to the button on close.
const ResetDemoDialog = lazy(() => import('./reset-demo-dialog'));

/** Embedded mode only: puts the demo data back to its seed. */
export function ResetDemoData() {
  const { t } = useTranslation();
  const embeddedApi = useEmbeddedApi();
  const [open, setOpen] = useState(false);
  if (!embeddedApi) return null;
  return (
    <>
      <Button size="small" variant="ghost" onClick={() => setOpen(true)}>
        {t('reset_demo.action')}
      </Button>
      <Suspense fallback={null}>
        <ResetDemoDialog open={open} resetData={embeddedApi.resetData} onClose={() => setOpen(false)} />
      </Suspense>
    </>
  );
}
