import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LiveRegion } from '@/components/ui/live-region';
import { Toaster } from '@/components/ui/toast';
import { EmbeddedApiContext, type EmbeddedApiControls } from '@/lib/embedded-api-context';
import { ThemeProvider } from '@/lib/theme-context';

export function AppProviders(props: { queryClient: QueryClient; embeddedApi: EmbeddedApiControls | null; children: ReactNode }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <ThemeProvider>
        <EmbeddedApiContext.Provider value={props.embeddedApi}>
          {props.children}
          <Toaster />
          <LiveRegion />
        </EmbeddedApiContext.Provider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
