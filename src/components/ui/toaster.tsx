import { Toaster as SonnerToaster } from 'sonner';
import { useTheme } from '@/lib/theme-context';
import './toast.css';

// sonner: small, accessible (aria-live) and themeable toasts; not worth hand-writing.
// Loaded lazily by toast.tsx, so it is not part of the first download.
export default function Toaster() {
  const { theme } = useTheme();
  // Lifted above the sticky save bar: a toast there covered "Save changes", and hovering it (to reach the
  // button) pauses its timer, so it never went away (found by tests/e2e/abuse/secrets.spec.ts).
  return <SonnerToaster theme={theme} position="bottom-right" offset={{ bottom: 88, right: 24 }} closeButton richColors />;
}
