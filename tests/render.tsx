import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// RouterProvider from 'react-router', not 'react-router/dom': under Vitest the two entry points resolve to
// different builds (ESM vs CJS) with separate router contexts, and every route hook then throws.
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { routes } from '../src/app/router';
import { i18next } from '../src/lib/i18n';
import { createQueryClient } from '../src/lib/query-client';

/**
 * Renders the whole console at `path`, as the browser would, over the msw/node embedded API.
 * Retries happen at once so error states show without waiting for back-off.
 */
export async function renderApp(path: string, options: { language?: 'en' | 'ja' } = {}) {
  if (options.language && i18next.language !== options.language) await i18next.changeLanguage(options.language);
  const user = userEvent.setup();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ retryDelay: 0 });
  const view = render(
    <AppProviders queryClient={queryClient} embeddedApi={null}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient };
}
