import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { ACME_MOBILE, PARTNER_PORTAL, recordRequests } from './helpers';

const settingsPath = `/applications/${PARTNER_PORTAL.id}/settings`;
const redirectGroup = () => screen.getByRole('group', { name: 'Redirect URIs' });
const redirectInput = (index: number) => screen.getByRole('textbox', { name: `Redirect URIs ${index}` });

async function openSettings(path = settingsPath) {
  const view = await renderApp(path);
  await screen.findByRole('form', { name: 'Application settings' });
  return view;
}

describe('application settings', () => {
  it('shows the App ID and the tenant endpoint, each with copy', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { name: 'Partner Portal', level: 1 })).toBeInTheDocument();
    const details = screen.getByRole('heading', { name: 'Connection details' }).closest('section') as HTMLElement;
    expect(within(details).getByText(PARTNER_PORTAL.id)).toBeInTheDocument();
    expect(within(details).getByText('http://localhost:3001')).toBeInTheDocument();
    expect(within(details).getAllByRole('button', { name: 'Copy' })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  it('validates redirect URIs while typing and refuses duplicates', async () => {
    const { user } = await openSettings();
    await user.click(within(redirectGroup()).getByRole('button', { name: 'Add another' }));
    const added = redirectInput(2);
    expect(added).toHaveFocus();

    await user.type(added, 'partners.acme.test/cb');
    expect(within(redirectGroup()).getByText('Enter a full address, such as https://example.com/callback.')).toBeInTheDocument();
    expect(added).toHaveAttribute('aria-invalid', 'true');

    await user.clear(added);
    await user.type(added, 'ftp://partners.acme.test/cb');
    expect(within(redirectGroup()).getByText('Use an address that starts with http:// or https://.')).toBeInTheDocument();

    await user.clear(added);
    await user.type(added, 'https://partners.acme.test/auth/callback');
    expect(within(redirectGroup()).getByText('This URI is already in the list.')).toBeInTheDocument();
    expect(added).toHaveAccessibleDescription('This URI is already in the list.');

    await user.clear(added);
    await user.type(added, 'https://partners.acme.test/auth/callback2');
    expect(within(redirectGroup()).queryByRole('alert')).not.toBeInTheDocument();
    expect(added).not.toHaveAttribute('aria-invalid');
  });

  it('does not send the form while a URI is invalid', async () => {
    const recorder = recordRequests();
    const { user } = await openSettings();
    await user.clear(redirectInput(1));
    await user.type(redirectInput(1), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(redirectInput(1)).toHaveAttribute('aria-invalid', 'true');
    expect(recorder.matching('PATCH', `/api/applications/${PARTNER_PORTAL.id}`)).toHaveLength(0);
  });

  it('saves with one PATCH carrying the complete oidcClientMetadata, then hides the save bar', async () => {
    const recorder = recordRequests();
    const { user } = await openSettings();
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Description' }), ' (EU)');
    await user.click(within(redirectGroup()).getByRole('button', { name: 'Add another' }));
    await user.type(redirectInput(2), 'http://localhost:3000/callback');
    await user.click(within(screen.getByRole('group', { name: 'Post sign-out redirect URIs' })).getByRole('button', { name: 'Remove Post sign-out redirect URIs 1' }));
    const bar = screen.getByRole('region', { name: 'Unsaved changes' });
    await user.click(within(bar).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument());
    const [patch] = recorder.matching('PATCH', `/api/applications/${PARTNER_PORTAL.id}`);
    expect(patch?.body).toEqual({
      name: 'Partner Portal',
      description: 'Server-rendered portal for resellers (EU)',
      oidcClientMetadata: {
        redirectUris: ['https://partners.acme.test/auth/callback', 'http://localhost:3000/callback'],
        postLogoutRedirectUris: [],
      },
    });
    expect(db.applications.find((app) => app.id === PARTNER_PORTAL.id)?.oidcClientMetadata.redirectUris).toEqual([
      'https://partners.acme.test/auth/callback',
      'http://localhost:3000/callback',
    ]);
    expect(screen.getByText('Server-rendered portal for resellers (EU)', { selector: 'span' })).toBeInTheDocument();
  });

  it('keeps every typed value after a 500 and saves on the next try', async () => {
    let failures = 1;
    server.use(
      http.patch('*/api/applications/:id', () =>
        failures-- > 0 ? HttpResponse.json({ code: 'internal', message: 'Internal server error' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await openSettings();
    await user.clear(screen.getByRole('textbox', { name: 'Application name' }));
    await user.type(screen.getByRole('textbox', { name: 'Application name' }), 'Partner Portal EU');
    await user.type(redirectInput(1), '/eu');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/The server ran into a problem/, { selector: '[role="alert"]' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Application name' })).toHaveValue('Partner Portal EU');
    expect(redirectInput(1)).toHaveValue('https://partners.acme.test/auth/callback/eu');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'Partner Portal EU', level: 1 })).toBeInTheDocument();
    expect(db.applications.find((app) => app.id === PARTNER_PORTAL.id)?.name).toBe('Partner Portal EU');
  });

  it('keeps every typed value when the network fails', async () => {
    server.use(http.patch('*/api/applications/:id', () => HttpResponse.error()));
    const { user } = await openSettings();
    await user.type(redirectInput(1), '/v2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/The server could not be reached/, { selector: '[role="alert"]' })).toBeInTheDocument();
    expect(redirectInput(1)).toHaveValue('https://partners.acme.test/auth/callback/v2');
    expect(screen.getByRole('region', { name: 'Unsaved changes' })).toBeInTheDocument();
  });

  it('puts a server 400 about a redirect URI on that row, in Japanese', async () => {
    // Native apps accept reverse-domain schemes; the server refuses this one, the console does not.
    server.use(
      http.patch('*/api/applications/:id', () =>
        HttpResponse.json(
          {
            code: 'guard.invalid_input',
            message: 'リクエストbodyが無効です。',
            data: { issues: [{ code: 'custom', message: 'Invalid input', path: ['oidcClientMetadata', 'redirectUris', 1] }], name: 'ZodError' },
            details: 'Error in key path "oidcClientMetadata.redirectUris.1": (custom) Invalid input',
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderApp(`/applications/${ACME_MOBILE.id}/settings`, { language: 'ja' });
    const group = await screen.findByRole('group', { name: 'リダイレクト URI' });
    await user.click(within(group).getByRole('button', { name: '追加' }));
    await user.click(within(group).getByRole('button', { name: '追加' }));
    await user.type(screen.getByRole('textbox', { name: 'リダイレクト URI 3' }), 'io.acme.mobile://callback2');
    await user.click(screen.getByRole('button', { name: '変更を保存' }));
    // Row 2 is blank and dropped, so the server's index 1 is the form's third row.
    const row = screen.getByRole('textbox', { name: 'リダイレクト URI 3' });
    await waitFor(() => expect(row).toHaveAttribute('aria-invalid', 'true'));
    expect(row).toHaveAccessibleDescription('https://example.com/callback のような完全なアドレスを入力してください。');
    expect(row).toHaveValue('io.acme.mobile://callback2');
  });

  it('shows the server’s own message for a 400 about a setting this form has no field for', async () => {
    server.use(
      http.patch('*/api/applications/:id', () =>
        HttpResponse.json(
          {
            code: 'guard.invalid_input',
            message: 'Request body is invalid.',
            data: { issues: [{ code: 'invalid_type', message: 'Expected boolean', path: ['oidcClientMetadata', 'rotateRefreshToken'] }] },
            details: 'Error in key path "oidcClientMetadata.rotateRefreshToken": (invalid_type) Expected boolean',
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Application name' }), ' EU');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Request body is invalid.');
    expect(screen.getByRole('textbox', { name: 'Application name' })).toHaveValue('Partner Portal EU');
  });

  it('discards changes from the save bar', async () => {
    const { user } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Application name' }), ' draft');
    await user.click(within(screen.getByRole('region', { name: 'Unsaved changes' })).getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('textbox', { name: 'Application name' })).toHaveValue('Partner Portal');
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
  });

  it('asks before leaving a dirty form, and leaves only when told to', async () => {
    const { user, router } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Application name' }), ' draft');

    await user.click(screen.getByRole('link', { name: 'Quick start' }));
    const guard = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(guard).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(settingsPath);
    expect(screen.getByRole('textbox', { name: 'Application name' })).toHaveValue('Partner Portal draft');

    await user.click(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Connectors' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/connectors/social'));
  });

  it('deletes the application only after its name is typed', async () => {
    const recorder = recordRequests();
    const { user, router } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Partner Portal”?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete application' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type Partner Portal to confirm' }), 'Partner Porta');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type Partner Portal to confirm' }), 'l');
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/applications'));
    expect(recorder.matching('DELETE', `/api/applications/${PARTNER_PORTAL.id}`)).toHaveLength(1);
    expect(await screen.findByRole('link', { name: 'Acme Storefront' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Partner Portal' })).not.toBeInTheDocument();
  });

  it('deleting with unsaved edits leaves for the list without asking about them', async () => {
    const { user, router } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Application name' }), ' EU');
    expect(screen.getByRole('region', { name: 'Unsaved changes' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Partner Portal”?' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Type Partner Portal to confirm' }), 'Partner Portal');
    await user.click(within(dialog).getByRole('button', { name: 'Delete application' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/applications'));
    expect(await screen.findByRole('link', { name: 'Acme Storefront' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  });

  it('cancelling the deletion keeps the application and gives focus back to Delete', async () => {
    const recorder = recordRequests();
    const { user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Partner Portal”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(recorder.matching('DELETE', `/api/applications/${PARTNER_PORTAL.id}`)).toHaveLength(0);
  });

  it('says so when the application does not exist', async () => {
    await renderApp('/applications/does-not-exist/settings');
    expect(await screen.findByText('This application does not exist')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The applications with ID `does-not-exist` does not exist.');
  });
});
