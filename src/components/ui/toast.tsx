import { Toaster as SonnerToaster, toast as sonnerToast } from 'sonner';
import { useTheme } from '@/lib/theme-context';
import './toast.css';

// sonner: small, accessible (aria-live) and themeable toasts; not worth hand-writing.
export function Toaster() {
  const { theme } = useTheme();
  // Lifted above the sticky save bar: a toast there covered "Save changes", and hovering it (to reach the
  // button) pauses its timer, so it never went away (found by tests/e2e/abuse/secrets.spec.ts).
  return <SonnerToaster theme={theme} position="bottom-right" offset={{ bottom: 88, right: 24 }} closeButton richColors />;
}

export const toast = {
  success: (message: string) => sonnerToast.success(message),
  error: (message: string) => sonnerToast.error(message),
  info: (message: string) => sonnerToast(message),
};
