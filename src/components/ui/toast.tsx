import { lazy, Suspense } from 'react';

// Toasts are never needed for the first paint: sonner arrives in its own chunk right after it.
const loadSonner = () => import('sonner');
const LazyToaster = lazy(() => import('./toaster'));

export function Toaster() {
  return (
    <Suspense fallback={null}>
      <LazyToaster />
    </Suspense>
  );
}

const show = (kind: 'success' | 'error' | 'info', message: string) =>
  void loadSonner().then(({ toast }) => (kind === 'info' ? toast(message) : toast[kind](message)));

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
  info: (message: string) => show('info', message),
};
