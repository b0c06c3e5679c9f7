import type { Page } from '@playwright/test';

/**
 * Sets up data through the embedded API from inside the page (the service worker only answers the page's
 * own requests), exactly as the console itself would call it. The page must have booted the console.
 */
export async function api<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    { method, path, body },
  );
}

export type CreatedApplication = { id: string; name: string; secret: string; type: string };

export function createApplication(page: Page, name: string, type: 'Traditional' | 'SPA' | 'Native' | 'MachineToMachine' = 'Traditional') {
  return api<CreatedApplication>(page, 'POST', '/applications', {
    name,
    type,
    oidcClientMetadata: { redirectUris: type === 'MachineToMachine' ? [] : ['https://app.example.test/callback'], postLogoutRedirectUris: [] },
  });
}

export type CreatedConnector = { id: string; connectorId: string; target: string };

/** A GitHub connector with a known client secret, so tests can look for that secret everywhere. */
export function createGithubConnector(page: Page, clientSecret = 'gh-secret-e2e-0123456789') {
  return api<CreatedConnector>(page, 'POST', '/connectors', {
    connectorId: 'github-universal',
    config: { clientId: 'gh-client-e2e', clientSecret, scope: 'read:user' },
  });
}
