import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
// Side effect: the longer async timeout for this busy machine.
import './helpers';

/** A connector whose factory uses every descriptor type, a show condition and a type Torii does not know. */
const formItems = [
  { type: 'Text', key: 'clientId', label: 'Client ID', required: true },
  { type: 'Number', key: 'port', label: 'Port', defaultValue: 465 },
  { type: 'Switch', key: 'signRequests', label: 'Sign requests' },
  { type: 'MultilineText', key: 'signingKey', label: 'Signing key', required: true, showConditions: [{ targetKey: 'signRequests', expectValue: true }] },
  { type: 'Select', key: 'method', label: 'Method', selectItems: [{ value: 'basic', title: 'Basic' }, { value: 'post', title: 'Post' }] },
  { type: 'MultiSelect', key: 'prompts', label: 'Prompts', selectItems: [{ value: 'login' }, { value: 'consent' }] },
  { type: 'Json', key: 'profileMap', label: 'Profile map' },
  { type: 'ColorPicker', key: 'brandColor', label: 'Brand color' },
];
const stored = { clientId: 'c-1', port: 587, signRequests: false, method: 'post', prompts: ['login'], profileMap: { id: 'sub' }, brandColor: { r: 1 }, legacy: 'kept' };

function serveCrafted() {
  const connector = {
    id: 'crafted00001',
    connectorId: 'crafted-universal',
    type: 'Social',
    target: 'crafted',
    platform: 'Universal',
    name: { en: 'Crafted' },
    description: { en: 'A test connector' },
    logo: 'data:image/svg+xml;base64,PHN2Zy8+',
    logoDark: null,
    readme: '# Crafted',
    formItems,
    config: stored,
  };
  const patches: unknown[] = [];
  server.use(
    http.get('*/api/connectors/crafted00001', () => HttpResponse.json(connector)),
    http.patch('*/api/connectors/crafted00001', async ({ request }) => {
      const body = (await request.json()) as { config: Record<string, unknown> };
      patches.push(body);
      return HttpResponse.json({ ...connector, config: body.config });
    }),
  );
  return patches;
}

describe('the form generated from formItems', () => {
  it('renders each type with its stored value and shows an unknown type read-only', async () => {
    serveCrafted();
    await renderApp('/connectors/crafted00001');
    const form = await screen.findByRole('form', { name: 'Settings' });
    expect(within(form).getByLabelText(/Client ID/)).toHaveValue('c-1');
    expect(within(form).getByLabelText('Port')).toHaveValue('587');
    expect(within(form).getByRole('switch', { name: 'Sign requests' })).not.toBeChecked();
    expect(within(form).queryByLabelText(/Signing key/)).toBeNull();
    expect(within(form).getByLabelText('Method')).toHaveTextContent('Post');
    const prompts = within(form).getByRole('group', { name: 'Prompts' });
    expect(within(prompts).getByRole('checkbox', { name: 'login' })).toBeChecked();
    expect(within(prompts).getByRole('checkbox', { name: 'consent' })).not.toBeChecked();
    expect(within(form).getByLabelText('Profile map')).toHaveValue('{\n  "id": "sub"\n}');
    const brand = within(form).getByLabelText('Brand color');
    expect(brand).toHaveTextContent('"r": 1');
    expect(brand).toHaveAccessibleDescription(/a field type Torii cannot edit yet \(“ColorPicker”\)/);
  });

  it('shows a conditional field when its condition holds and validates it only then', async () => {
    const patches = serveCrafted();
    const { user } = await renderApp('/connectors/crafted00001');
    const form = await screen.findByRole('form', { name: 'Settings' });
    await user.click(within(form).getByRole('switch', { name: 'Sign requests' }));
    expect(within(form).getByLabelText(/Signing key/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Enter Signing key.')).toBeInTheDocument();
    expect(patches).toEqual([]);

    await user.click(within(form).getByRole('switch', { name: 'Sign requests' }));
    expect(within(form).queryByLabelText(/Signing key/)).toBeNull();
    await user.type(within(form).getByLabelText(/Client ID/), '2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
  });

  it('points at the line and column of broken JSON and a non-number', async () => {
    serveCrafted();
    const { user } = await renderApp('/connectors/crafted00001');
    const form = await screen.findByRole('form', { name: 'Settings' });
    const json = within(form).getByLabelText('Profile map');
    await user.clear(json);
    await user.type(json, '{{"id": "sub",{enter}}');
    await user.clear(within(form).getByLabelText('Port'));
    await user.type(within(form).getByLabelText('Port'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('This is not valid JSON: line 2, column 1.')).toBeInTheDocument();
    expect(within(form).getByText('Enter a number.')).toBeInTheDocument();
  });

  it('sends the complete config: edited values typed, the unknown and undescribed values unchanged', async () => {
    const patches = serveCrafted();
    const { user } = await renderApp('/connectors/crafted00001');
    const form = await screen.findByRole('form', { name: 'Settings' });
    await user.clear(within(form).getByLabelText('Port'));
    await user.type(within(form).getByLabelText('Port'), '2525');
    await user.click(within(form).getByRole('checkbox', { name: 'consent' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved');
    expect(patches).toEqual([
      {
        config: {
          legacy: 'kept',
          clientId: 'c-1',
          port: 2525,
          signRequests: false,
          method: 'post',
          prompts: ['login', 'consent'],
          profileMap: { id: 'sub' },
          brandColor: { r: 1 },
        },
      },
    ]);
  });

  it('takes back an optional choice with "None", and the saved config no longer has it', async () => {
    const patches = serveCrafted();
    const { user } = await renderApp('/connectors/crafted00001', { language: 'ja' });
    const form = await screen.findByRole('form', { name: '設定' });
    await user.click(within(form).getByRole('combobox', { name: 'Method' }));
    await user.click(await screen.findByRole('option', { name: '指定なし' }));
    expect(within(form).getByRole('combobox', { name: 'Method' })).toHaveTextContent('指定なし');

    await user.click(screen.getByRole('button', { name: '変更を保存' }));
    await screen.findByText('変更を保存しました');
    expect(patches).toHaveLength(1);
    expect((patches[0] as { config: Record<string, unknown> }).config).not.toHaveProperty('method');
  });
});
