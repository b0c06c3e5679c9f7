import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { renderApp } from '../../render';
import { seedPatreon, spyOnBodies } from './helpers';

describe('adding Patreon', () => {
  it('goes from the empty list through the catalogue to a saved connector', async () => {
    const posts = spyOnBodies('post', '/connectors');
    const { user, router } = await renderApp('/connectors/social');
    expect(await screen.findByText('No social connectors yet')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Add social connector' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Add social connector' });
    await user.click(await within(dialog).findByRole('button', { name: 'Patreon' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Add Patreon' })).toBeInTheDocument();
    const guide = screen.getByRole('region', { name: 'Connector guide' });
    expect(within(guide).getByRole('heading', { name: 'Register a client' })).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Settings' });
    const uri = within(form).getByText(/^http:\/\/localhost:3001\/callback\/[0-9a-z]{12}$/).textContent ?? '';
    const id = uri.split('/').at(-1) ?? '';
    expect(within(form).getByText(id)).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/Client ID/), 'patreon-client');
    await user.type(within(form).getByLabelText(/Client secret/), 'patreon-secret');
    expect(within(form).getByLabelText(/Client secret/)).toHaveAttribute('type', 'password');
    expect(within(form).getByLabelText(/Scope/)).toHaveValue('');
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));

    await screen.findByRole('heading', { level: 1, name: 'Patreon' });
    expect(router.state.location.pathname).toBe(`/connectors/${id}`);
    expect(posts).toEqual([{ connectorId: 'patreon-universal', id, config: { clientId: 'patreon-client', clientSecret: 'patreon-secret' } }]);
    expect(db.connectors.map((connector) => connector.id)).toEqual([id]);
  });
});

describe('the guided setup page', () => {
  it('does not offer a second Patreon: it links to the one already added', async () => {
    seedPatreon('patreon00001');
    await renderApp('/connectors/social/new/patreon-universal');
    expect(await screen.findByText('Patreon is already added. Each provider connector can be added once.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Patreon' })).toHaveAttribute('href', '/connectors/patreon00001');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it.each(['nope', 'sendgrid-email-service'])('says %s is not in the catalogue', async (factoryId) => {
    await renderApp(`/connectors/social/new/${factoryId}`);
    expect(await screen.findByText('This connector is not in the catalogue.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to social connectors' })).toBeInTheDocument();
  });

  it('leaves without asking when nothing was typed', async () => {
    const { user } = await renderApp('/connectors/social/new/patreon-universal');
    await screen.findByRole('form', { name: 'Settings' });
    await user.click(screen.getByRole('link', { name: 'Back to social connectors' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connectors' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before leaving once something was typed', async () => {
    const { user, router } = await renderApp('/connectors/social/new/patreon-universal');
    const form = await screen.findByRole('form', { name: 'Settings' });
    await user.type(within(form).getByLabelText(/Client ID/), 'typed');
    await user.click(screen.getByRole('link', { name: 'Back to social connectors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(within(form).getByLabelText(/Client ID/)).toHaveValue('typed');
    expect(router.state.location.pathname).toBe('/connectors/social/new/patreon-universal');
  });
});
