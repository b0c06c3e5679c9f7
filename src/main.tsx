import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { loadConsoleConfig } from './lib/console-config';
import type { EmbeddedApiControls } from './lib/embedded-api-context';
import { initI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import { applyTheme, readThemePreference } from './lib/theme';
import './styles/base.css';

/** Starts the in-browser Management API, only when no backend serves this page. */
async function startEmbeddedApi(): Promise<EmbeddedApiControls> {
  const embedded = await import('../mocks/browser');
  await embedded.startEmbeddedApi();
  return { resetData: embedded.resetEmbeddedData };
}

async function boot() {
  applyTheme(readThemePreference());
  const [config] = await Promise.all([loadConsoleConfig(), initI18n()]);
  const embeddedApi = config.mode === 'embedded' ? await startEmbeddedApi() : null;
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
