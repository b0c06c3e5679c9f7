import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { INVENTORY_SYNC, PARTNER_DEFAULT_SECRET, PARTNER_PORTAL, recordRequests } from './helpers';

const codeBlockWith = (text: string) => {
  const figure = screen.getAllByRole('figure').find((candidate) => candidate.textContent?.includes(text));
  if (!figure) throw new Error(`No code sample contains ${text}`);
  return figure;
};

/** A Traditional app with no redirect URIs yet, as right after "Create application". */
function addBookstore() {
  db.applications.unshift({
    ...structuredClone(db.applications.find((app) => app.id === PARTNER_PORTAL.id)),
    id: 'b00kst0re0000000000aa',
    name: 'Bookstore',
    description: null,
    oidcClientMetadata: { redirectUris: [], postLogoutRedirectUris: [] },
  } as (typeof db.applications)[number]);
  db.secrets.push({ tenantId: 'default', applicationId: 'b00kst0re0000000000aa', name: 'Default secret', value: 'BkSt0reSecretValue00000000000001', createdAt: Date.now(), expiresAt: null });
}

describe('Flask quick start', () => {
  it('fills every sample with the tenant endpoint, the App ID and the saved redirect URIs', async () => {
    await renderApp(`/applications/${PARTNER_PORTAL.id}/quick-start`);
    expect(await screen.findByRole('heading', { name: 'Install the SDK' })).toBeInTheDocument();
    expect(screen.getByText('pip install logto "flask[async]"')).toBeInTheDocument();
    const client = codeBlockWith('LogtoConfig(');
    expect(client).toHaveTextContent('endpoint="http://localhost:3001"');
    expect(client).toHaveTextContent(`appId="${PARTNER_PORTAL.id}"`);
    expect(client).toHaveTextContent('class FlaskSessionStorage(Storage)');
    const signIn = codeBlockWith('/sign-in');
    expect(signIn).toHaveTextContent('redirectUri="https://partners.acme.test/auth/callback"');
    expect(signIn).toHaveTextContent('interactionMode="signUp"');
    expect(signIn).toHaveTextContent('@app.route("/callback")');
    expect(codeBlockWith('/sign-out')).toHaveTextContent('postLogoutRedirectUri="https://partners.acme.test/"');
    expect(codeBlockWith('isAuthenticated()')).toHaveTextContent('@app.route("/")');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Install the SDK',
      'Allow your app\'s addresses',
      'Create the Logto client',
      'Add sign-in and the callback',
      'Add sign-out',
      'Check who is signed in',
      'Try it',
    ]);
  });

  it('masks the App Secret in the code until revealed, and copies working code either way', async () => {
    const { user } = await renderApp(`/applications/${PARTNER_PORTAL.id}/quick-start`);
    await screen.findByRole('heading', { name: 'Create the Logto client' });
    const client = await waitFor(() => codeBlockWith('appSecret='));
    await waitFor(() => expect(client).toHaveTextContent('appSecret="••••••••••••••••"'));
    expect(document.body.innerHTML).not.toContain(PARTNER_DEFAULT_SECRET);

    await user.click(within(client).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toContain(`appSecret="${PARTNER_DEFAULT_SECRET}"`);
    expect(document.body.innerHTML).not.toContain(PARTNER_DEFAULT_SECRET);

    await user.click(within(client).getByRole('button', { name: 'Show' }));
    expect(client).toHaveTextContent(`appSecret="${PARTNER_DEFAULT_SECRET}"`);
    await user.click(within(client).getByRole('button', { name: 'Hide' }));
    expect(document.body.innerHTML).not.toContain(PARTNER_DEFAULT_SECRET);
  });

  it('suggests local redirect URIs for a new app and saves them from inside the guide', async () => {
    addBookstore();
    const recorder = recordRequests();
    const { user } = await renderApp('/applications/b00kst0re0000000000aa/quick-start');
    const editor = await screen.findByRole('form', { name: 'Redirect URIs for this guide' });
    expect(within(editor).getByRole('textbox', { name: 'Redirect URIs 1' })).toHaveValue('http://localhost:3000/callback');
    expect(within(editor).getByRole('textbox', { name: 'Post sign-out redirect URIs 1' })).toHaveValue('http://localhost:3000/');

    await user.click(within(editor).getByRole('button', { name: 'Save redirect URIs' }));
    expect(await within(editor).findByText('Saved')).toBeInTheDocument();
    expect(recorder.matching('PATCH', '/api/applications/b00kst0re0000000000aa')[0]?.body).toEqual({
      name: 'Bookstore',
      description: null,
      oidcClientMetadata: { redirectUris: ['http://localhost:3000/callback'], postLogoutRedirectUris: ['http://localhost:3000/'] },
    });
    expect(db.applications[0]?.oidcClientMetadata.redirectUris).toEqual(['http://localhost:3000/callback']);
  });

  it('updates the code after the redirect URIs change, and validates as the admin types', async () => {
    const { user } = await renderApp(`/applications/${PARTNER_PORTAL.id}/quick-start`);
    const editor = await screen.findByRole('form', { name: 'Redirect URIs for this guide' });
    const first = within(editor).getByRole('textbox', { name: 'Redirect URIs 1' });
    await user.clear(first);
    await user.type(first, 'https://shop.example.com#x');
    expect(within(editor).getByText('Remove the part after #: a redirect URI cannot contain a fragment.')).toBeInTheDocument();
    await user.clear(first);
    await user.type(first, 'http://localhost:5000/callback');
    await user.click(within(editor).getByRole('button', { name: 'Save redirect URIs' }));
    await waitFor(() => expect(codeBlockWith('/sign-in')).toHaveTextContent('redirectUri="http://localhost:5000/callback"'));
    expect(codeBlockWith('flask --app')).toHaveTextContent('flask --app app run --port 5000');
  });

  it('keeps the typed URIs when saving fails', async () => {
    server.use(http.patch('*/api/applications/:id', () => HttpResponse.json({ code: 'internal', message: 'boom' }, { status: 500 })));
    const { user } = await renderApp(`/applications/${PARTNER_PORTAL.id}/quick-start`);
    const editor = await screen.findByRole('form', { name: 'Redirect URIs for this guide' });
    await user.type(within(editor).getByRole('textbox', { name: 'Redirect URIs 1' }), '2');
    await user.click(within(editor).getByRole('button', { name: 'Save redirect URIs' }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent('The server ran into a problem');
    expect(within(editor).getByRole('textbox', { name: 'Redirect URIs 1' })).toHaveValue('https://partners.acme.test/auth/callback2');
  });

  it('is written in Japanese when the console is', async () => {
    await renderApp(`/applications/${PARTNER_PORTAL.id}/quick-start`, { language: 'ja' });
    expect(await screen.findByRole('heading', { name: 'SDK をインストールする' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Logto クライアントを作成する' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'サインアウト後のリダイレクト URI' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'クイックスタート' })).toHaveAttribute('aria-current', 'page');
  });

  it('gives other types the connection essentials instead of the Flask guide', async () => {
    const { user } = await renderApp(`/applications/${INVENTORY_SYNC.id}/quick-start`);
    expect(await screen.findByRole('heading', { name: 'Copy the connection details' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Install the SDK' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Redirect URIs' })).not.toBeInTheDocument();
    const show = await screen.findByRole('button', { name: 'Show' });
    expect(document.body.innerHTML).not.toContain('Gh7Jk2Lq9Wz4Xc6Vb1Nm8As3Df5Er0Ty');
    await user.click(show);
    expect(screen.getByText('Gh7Jk2Lq9Wz4Xc6Vb1Nm8As3Df5Er0Ty')).toBeInTheDocument();
  });
});
