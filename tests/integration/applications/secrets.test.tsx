import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { INVENTORY_SYNC, PARTNER_DEFAULT_SECRET, PARTNER_PORTAL, recordRequests } from './helpers';

const secretsPath = `/api/applications/${PARTNER_PORTAL.id}/secrets`;

async function openSecrets(id: string = PARTNER_PORTAL.id) {
  const view = await renderApp(`/applications/${id}/settings`);
  const table = await screen.findByRole('table', { name: 'App Secret' });
  return { ...view, table };
}

const secretRow = (table: HTMLElement, name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });

describe('App Secret', () => {
  it('lists every secret masked, with created and expiry dates and an Expired tag', async () => {
    const { table } = await openSecrets();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const defaultRow = secretRow(table, 'Default secret');
    expect(defaultRow).toHaveTextContent('••••••••••••••••');
    expect(defaultRow).toHaveTextContent('Never');
    expect(secretRow(table, 'ci-deploy')).toHaveTextContent('Jan 1, 2030');
    expect(within(secretRow(table, 'old-rotation')).getByText('Expired')).toBeInTheDocument();
    // Masked values are nowhere in the page, not even in attributes.
    for (const secret of db.secrets) expect(document.body.innerHTML).not.toContain(secret.value);
    expect(screen.getByText(/To rotate a secret, add a new one/)).toBeInTheDocument();
  });

  it('shows and hides a value, and copies the real value while masked without echoing it', async () => {
    const { user, table } = await openSecrets();
    const row = secretRow(table, 'Default secret');
    await user.click(within(row).getByRole('button', { name: 'Copy' }));
    // user-event stands in for the system clipboard.
    expect(await navigator.clipboard.readText()).toBe(PARTNER_DEFAULT_SECRET);
    expect(document.body.innerHTML).not.toContain(PARTNER_DEFAULT_SECRET);
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Copied to clipboard'));

    await user.click(within(row).getByRole('button', { name: 'Show' }));
    expect(row).toHaveTextContent(PARTNER_DEFAULT_SECRET);
    await user.click(within(row).getByRole('button', { name: 'Hide' }));
    expect(document.body.innerHTML).not.toContain(PARTNER_DEFAULT_SECRET);
  });

  it('adds a secret that expires in 30 days', async () => {
    const recorder = recordRequests();
    const { user, table } = await openSecrets();
    await user.click(screen.getByRole('button', { name: 'Add secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an App Secret' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'ci-2027');
    await user.click(within(dialog).getByRole('combobox', { name: 'Expires' }));
    await user.click(await screen.findByRole('option', { name: 'In 30 days' }));
    const before = Date.now();
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(table).findByRole('row', { name: /^ci-2027/ })).toBeInTheDocument();
    const body = recorder.matching('POST', secretsPath)[0]?.body as { name: string; expiresAt: number };
    expect(body.name).toBe('ci-2027');
    const thirtyDays = 30 * 24 * 60 * 60 * 1000;
    expect(body.expiresAt).toBeGreaterThanOrEqual(before + thirtyDays);
    expect(body.expiresAt).toBeLessThanOrEqual(Date.now() + thirtyDays);
  });

  it('adds a secret that never expires (no expiresAt sent)', async () => {
    const recorder = recordRequests();
    const { user } = await openSecrets();
    await user.click(screen.getByRole('button', { name: 'Add secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an App Secret' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'forever');
    await user.click(within(dialog).getByRole('combobox', { name: 'Expires' }));
    await user.click(await screen.findByRole('option', { name: 'Never' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    await waitFor(() => expect(recorder.matching('POST', secretsPath)).toHaveLength(1));
    expect(recorder.matching('POST', secretsPath)[0]?.body).toEqual({ name: 'forever' });
  });

  it('puts a duplicate name (422) next to the name field and keeps the dialog open', async () => {
    const { user } = await openSecrets();
    await user.click(screen.getByRole('button', { name: 'Add secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an App Secret' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    expect(await within(dialog).findByText('Enter a name for the secret.')).toBeInTheDocument();

    await user.type(name, 'ci-deploy');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    expect(await within(dialog).findByText('This application already has a secret with this name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('ci-deploy');
  });

  it('keeps the dialog and its values after a 500, and adds on the next try', async () => {
    let failures = 1;
    server.use(
      http.post('*/api/applications/:id/secrets', () =>
        failures-- > 0 ? HttpResponse.json({ code: 'internal', message: 'Internal server error' }, { status: 500 }) : undefined,
      ),
    );
    const { user, table } = await openSecrets();
    await user.click(screen.getByRole('button', { name: 'Add secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an App Secret' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'retry-me');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server ran into a problem');
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('retry-me');
    await user.click(within(dialog).getByRole('button', { name: 'Add secret' }));
    expect(await within(table).findByRole('row', { name: /^retry-me/ })).toBeInTheDocument();
  });

  it('renames a secret and refuses a name already taken', async () => {
    const { user, table } = await openSecrets();
    await user.click(within(secretRow(table, 'ci-deploy')).getByRole('button', { name: 'Rename ci-deploy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename “ci-deploy”' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Default secret');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('This application already has a secret with this name.')).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'ci-deploy-2030');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(table).findByRole('row', { name: /^ci-deploy-2030/ })).toBeInTheDocument();
    expect(db.secrets.find((secret) => secret.name === 'ci-deploy-2030')?.value).toBe('Pq3Ws8Ed1Rf6Tg9Yh2Uj5Ik7Ol0Zx4Cv');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('deletes a secret after confirmation', async () => {
    const recorder = recordRequests();
    const { user, table } = await openSecrets();
    await user.click(within(secretRow(table, 'old-rotation')).getByRole('button', { name: 'Delete old-rotation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the secret “old-rotation”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(recorder.matching('DELETE', `${secretsPath}/old-rotation`)).toHaveLength(0);

    await user.click(within(secretRow(table, 'old-rotation')).getByRole('button', { name: 'Delete old-rotation' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: /^old-rotation/ })).not.toBeInTheDocument());
    expect(recorder.matching('DELETE', `${secretsPath}/old-rotation`)).toHaveLength(1);
    // The row that opened the dialog is gone, so focus lands on "Add secret" rather than the page's body.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add secret' })).toHaveFocus());
  });

  it('warns before deleting the only secret, and shows a server error in the dialog', async () => {
    server.use(http.delete('*/api/applications/:id/secrets/:name', () => HttpResponse.json({ code: 'entity.not_found', message: 'The resource does not exist.' }, { status: 404 })));
    const { user, table } = await openSecrets(INVENTORY_SYNC.id);
    await user.click(within(secretRow(table, 'Default secret')).getByRole('button', { name: 'Delete Default secret' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/only secret/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The resource does not exist.');
  });

  it('never shows an #internal: legacy secret, but shows and retires a real legacy one', async () => {
    const portal = db.applications.find((app) => app.id === PARTNER_PORTAL.id);
    expect(portal?.secret).toMatch(/^#internal:/);
    const first = await openSecrets();
    expect(within(first.table).queryByText('Legacy secret')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('#internal:');
    first.unmount();

    const inventory = db.applications.find((app) => app.id === INVENTORY_SYNC.id);
    if (inventory) inventory.secret = 'df5c275d846d822a34f450f82771f962';
    const { user, table } = await openSecrets(INVENTORY_SYNC.id);
    const legacy = await within(table).findByRole('row', { name: /^Legacy secret/ });
    expect(document.body.innerHTML).not.toContain('df5c275d846d822a34f450f82771f962');
    await user.click(within(legacy).getByRole('button', { name: 'Show' }));
    expect(legacy).toHaveTextContent('df5c275d846d822a34f450f82771f962');
    await user.click(within(legacy).getByRole('button', { name: 'Delete Legacy secret' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: /^Legacy secret/ })).not.toBeInTheDocument());
    expect(inventory?.secret).toMatch(/^#internal:/);
  });

  it('keeps secret values out of storage and the URL', async () => {
    const { user, table, router } = await openSecrets();
    await user.click(within(secretRow(table, 'Default secret')).getByRole('button', { name: 'Show' }));
    const stored = [...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage })].join('\n');
    expect(stored).not.toContain(PARTNER_DEFAULT_SECRET);
    expect(router.state.location.pathname + router.state.location.search).not.toContain(PARTNER_DEFAULT_SECRET);
  });

  it('has no secrets card for app types without secrets', async () => {
    await renderApp('/applications/s9p4a7st0r3fr0nt2c8hw/settings');
    await screen.findByRole('form', { name: 'Application settings' });
    expect(screen.queryByRole('heading', { name: 'App Secret' })).not.toBeInTheDocument();
  });
});
