import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { seedConnector, seedPatreon, seedTargets } from './helpers';

describe('social connectors list', () => {
  it('lists each connector with logo, name, platform, copyable ID and whether it is on the sign-in page', async () => {
    seedPatreon('patreon00001');
    seedConnector('alipay000001', 'alipay-web', { appId: '1', privateKey: 'x', signType: 'RSA2' });
    seedTargets('patreon');
    await renderApp('/connectors/social');
    const table = await screen.findByRole('table', { name: 'Configured social connectors' });
    await within(table).findByText('On the sign-in page');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Alipay (Web)', 'Web', 'alipay000001', 'Not on the sign-in page'],
      ['Patreon', 'Universal', 'patreon00001', 'On the sign-in page'],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Alipay (Web)' })).toHaveAttribute('href', '/connectors/alipay000001');
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Social connectors' })).toHaveAttribute('aria-current', 'page');
  });

  it('nudges to put connectors on the sign-in page, and links there', async () => {
    seedPatreon('patreon00001');
    const { user, router } = await renderApp('/connectors/social');
    expect(await screen.findByText('Patreon is not on the sign-in page yet, so nobody can use it.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Add to the sign-in page' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in-experience/sign-up-and-sign-in'));
  });

  it('does not nudge when every connector is on the sign-in page', async () => {
    seedPatreon('patreon00001');
    seedTargets('patreon');
    await renderApp('/connectors/social');
    await screen.findByRole('table');
    expect(await screen.findByText('On the sign-in page')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add to the sign-in page' })).toBeNull();
  });

  it('in Japanese', async () => {
    seedPatreon('patreon00001');
    await renderApp('/connectors/social', { language: 'ja' });
    expect(await screen.findByRole('heading', { level: 1, name: 'コネクター' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ソーシャルコネクター' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ソーシャルコネクターを追加' })).toBeInTheDocument();
    expect(await screen.findByText('サインイン画面に未表示')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'コネクター ID' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the list cannot load', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/connectors', () => {
        calls += 1;
        return calls <= 3 ? HttpResponse.json({ message: 'boom' }, { status: 500 }) : undefined;
      }),
    );
    const { user } = await renderApp('/connectors/social');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server ran into a problem');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No social connectors yet')).toBeInTheDocument();
  });
});
