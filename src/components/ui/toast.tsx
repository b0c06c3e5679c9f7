import { Toaster as SonnerToaster, toast as sonnerToast } from 'sonner';
import { useTheme } from '@/lib/theme-context';
import './toast.css';

// sonner: small, accessible (aria-live) and themeable toasts; not worth hand-writing.
export function Toaster() {
  const { theme } = useTheme();
  return <SonnerToaster theme={theme} position="bottom-right" closeButton richColors />;
}

export const toast = {
  success: (message: string) => sonnerToast.success(message),
  error: (message: string) => sonnerToast.error(message),
  info: (message: string) => sonnerToast(message),
};
