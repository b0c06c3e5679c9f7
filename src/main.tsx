import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { holdRequestsUntil } from './lib/api-client';
import { loadConsoleConfig } from './lib/console-config';
import type { EmbeddedApiControls } from './lib/embedded-api-context';
import { initI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import { applyTheme, readThemePreference } from './lib/theme';
import './styles/base.css';

/**
 * Starts the in-browser Management API, only when no backend serves this page. Not awaited: the shell
 * renders meanwhile and requests wait for `ready` (api-client's holdRequestsUntil).
 */
function startEmbeddedApi(): { ready: Promise<void>; controls: EmbeddedApiControls } {
  const started = import('../mocks/browser').then(async (embedded) => {
    await embedded.startEmbeddedApi();
    markApiReady();
    return embedded;
  });
  return { ready: started.then(() => undefined), controls: { resetData: async () => (await started).resetEmbeddedData() } };
}

/** Tests and the benchmark wait for this mark before they call /api themselves. */
const markApiReady = () => {
  document.documentElement.dataset.api = 'ready';
};

async function boot() {
  applyTheme(readThemePreference());
  const [config] = await Promise.all([loadConsoleConfig(), initI18n()]);
  let embeddedApi: EmbeddedApiControls | null = null;
  if (config.mode === 'embedded') {
    const embedded = startEmbeddedApi();
    holdRequestsUntil(embedded.ready);
    embedded.ready.catch((error: unknown) => console.error('[embedded API] could not start:', error));
    embeddedApi = embedded.controls;
  } else {
    markApiReady();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} embeddedApi={embeddedApi}>
        <RouterProvider router={createRouter()} />
      </AppProviders>
    </StrictMode>,
  );
}

void boot();
