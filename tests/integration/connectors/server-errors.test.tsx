import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { seedConnector } from './helpers';

async function fillPatreon() {
  const view = await renderApp('/connectors/social/new/patreon-universal');
  const form = await screen.findByRole('form', { name: 'Settings' });
  await view.user.type(within(form).getByLabelText(/Client ID/), 'client-a');
  await view.user.type(within(form).getByLabelText(/Client secret/), 'secret-a');
  await view.user.type(within(form).getByLabelText(/Scope/), 'identity');
  return { ...view, form };
}

const failPost = (status: number, body: Record<string, unknown>) =>
  server.use(http.post('*/api/connectors', () => HttpResponse.json(body, { status })));

function expectValuesKept(form: HTMLElement) {
  expect(within(form).getByLabelText(/Client ID/)).toHaveValue('client-a');
  expect(within(form).getByLabelText(/Client secret/)).toHaveValue('secret-a');
  expect(within(form).getByLabelText(/Scope/)).toHaveValue('identity');
}

describe('save errors from the server, explained in place', () => {
  it('puts each 400 connector.invalid_config detail line on its field', async () => {
    failPost(400, {
      code: 'connector.invalid_config',
      message: "The connector's config is invalid.",
      details: 'Error in key path "clientSecret": (invalid_type) Expected string but received undefined.\nError in key path "extra": (custom) Unknown key.',
    });
    const { user, form, router } = await fillPatreon();
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    const secret = within(form).getByLabelText(/Client secret/);
    expect(await within(form).findByText('The server needs a value here.')).toBeInTheDocument();
    expect(secret).toHaveAttribute('aria-invalid', 'true');
    expect(secret).toHaveFocus();
    // A line that names no field is listed above the button.
    const alert = within(form).getAllByRole('alert').find((element) => element.textContent?.includes('The server did not accept the settings.'));
    expect(alert).toHaveTextContent('extra: (custom) Unknown key.');
    expectValuesKept(form);
    expect(router.state.location.pathname).toBe('/connectors/social/new/patreon-universal');
  });

  it('explains 422 multiple_instances_not_supported and links to the existing connector', async () => {
    const view = await renderApp('/connectors/social/new/patreon-universal');
    const form = await screen.findByRole('form', { name: 'Settings' });
    // Another tab adds Patreon while this form is open.
    seedConnector('patreonother', 'patreon-universal', { clientId: 'x', clientSecret: 'y' });
    await view.user.type(within(form).getByLabelText(/Client ID/), 'client-a');
    await view.user.type(within(form).getByLabelText(/Client secret/), 'secret-a');
    await view.user.click(within(form).getByRole('button', { name: 'Save and done' }));
    expect(
      await within(form).findByText('Patreon is already added, and it can be added only once. Open the existing connector to change its settings.'),
    ).toBeInTheDocument();
    expect(await within(form).findByRole('link', { name: 'Open the existing connector' })).toHaveAttribute('href', '/connectors/patreonother');
    expect(within(form).getByLabelText(/Client ID/)).toHaveValue('client-a');
  });

  it('explains 422 multiple_target_with_same_platform', async () => {
    failPost(422, { code: 'connector.multiple_target_with_same_platform', message: 'Can not have multiple connectors with the same target and platform.' });
    const { user, form } = await fillPatreon();
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    expect(await within(form).findByText(/A Patreon connector for the same platform already exists\./)).toBeInTheDocument();
    expectValuesKept(form);
  });

  it('keeps every value after a 500 and says the server failed', async () => {
    failPost(500, { message: 'Internal server error' });
    const { user, form } = await fillPatreon();
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    expect(await within(form).findByText(/The server ran into a problem/)).toBeInTheDocument();
    expectValuesKept(form);
    expect(screen.getByRole('button', { name: 'Save and done' })).toBeEnabled();
  });

  it('says the server’s common complaints in Japanese, and quotes the rest', async () => {
    failPost(400, {
      code: 'connector.invalid_config',
      message: 'コネクタの設定が無効です。',
      details: 'Error in key path "clientId": (invalid_type) Expected string but received undefined.',
    });
    const view = await renderApp('/connectors/social/new/patreon-universal', { language: 'ja' });
    const form = await screen.findByRole('form', { name: '設定' });
    await view.user.type(within(form).getByLabelText(/クライアント ID/), 'a');
    await view.user.type(within(form).getByLabelText(/クライアントシークレット/), 'b');
    await view.user.click(within(form).getByRole('button', { name: '保存して完了' }));
    expect(await within(form).findByText('サーバーはこの項目に値を必要としています。')).toBeInTheDocument();
  });

  it('names the values the server accepts for an enum it refused (fixture 061), and quotes an unknown complaint', async () => {
    failPost(400, {
      code: 'connector.invalid_config',
      message: "The connector's config is invalid.",
      details: 'Error in key path "clientId": (invalid_enum_value) Invalid enum value. Expected \'gbk\' | \'utf8\', received \'latin1\'\nError in key path "clientSecret": (custom) Rotated secrets are not allowed.',
    });
    const { user, form } = await fillPatreon();
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    expect(await within(form).findByText('The server accepts only: gbk, utf8.')).toBeInTheDocument();
    expect(within(form).getByText('The server did not accept this value: (custom) Rotated secrets are not allowed.')).toBeInTheDocument();
  });
});
