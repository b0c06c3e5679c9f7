import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findFactoryDefinition } from '../../../mocks/data/factories';
import { renderApp } from '../../render';
import { seedPatreon } from './helpers';

async function openCatalogue(language: 'en' | 'ja' = 'en') {
  const view = await renderApp('/connectors/social', { language });
  const add = language === 'en' ? 'Add social connector' : 'ソーシャルコネクターを追加';
  const [button] = await screen.findAllByRole('button', { name: add });
  await view.user.click(button as HTMLElement);
  const dialog = await screen.findByRole('dialog', { name: add });
  await within(dialog).findAllByRole('listitem');
  return { ...view, dialog };
}

describe('Add social connector catalogue', () => {
  it('lists social providers only, one card per target with a button per platform', async () => {
    const { dialog } = await openCatalogue();
    const alipay = within(dialog).getByRole('group', { name: 'Alipay' });
    expect(within(alipay).getAllByRole('button').map((button) => button.textContent)).toEqual(['Alipay (Web)', 'Alipay (Native)']);
    const wechat = within(dialog).getByRole('group', { name: 'WeChat' });
    expect(within(wechat).getAllByRole('button').map((button) => button.textContent)).toEqual(['WeChat (Web)', 'WeChat (Native)']);
    // A single-platform provider is one button named after it, described by its description.
    expect(within(dialog).getByRole('button', { name: 'Patreon' })).toHaveAccessibleDescription(
      'Let creators and their patrons sign in with their Patreon account.',
    );
    // No email/SMS factories and no demo connector.
    for (const name of [/SendGrid/, /Twilio/, /SMTP/, /Demo/]) expect(within(dialog).queryByRole('button', { name })).toBeNull();
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^\d+ connectors$/);
  });

  it('searches names and descriptions as you type, and says when nothing matches', async () => {
    const { dialog, user } = await openCatalogue();
    const search = within(dialog).getByRole('searchbox', { name: 'Search connectors' });
    expect(search).toHaveFocus();
    await user.type(search, 'pat');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
    expect(within(dialog).getByRole('button', { name: 'Patreon' })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 connector');

    await user.clear(search);
    await user.type(search, 'alipay web');
    expect(within(dialog).getByRole('group', { name: 'Alipay' })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'no such provider');
    expect(within(dialog).queryByRole('listitem')).toBeNull();
    expect(within(dialog).getByText('No connector matches “no such provider”.')).toBeInTheDocument();
  });

  it('shows Japanese names and descriptions and searches them', async () => {
    const { dialog, user } = await openCatalogue('ja');
    await user.type(within(dialog).getByRole('searchbox', { name: 'コネクターを検索' }), 'クリエイター');
    expect(within(dialog).getByRole('button', { name: 'Patreon' })).toHaveAccessibleDescription(
      'クリエイターとパトロンが Patreon アカウントでサインインできるようにします。',
    );
  });

  it('marks an already added provider and does not let it be added twice', async () => {
    seedPatreon();
    const { dialog } = await openCatalogue();
    const patreon = within(dialog).getByRole('button', { name: 'Patreon' });
    expect(patreon).toBeDisabled();
    expect(within(patreon).getByText('Added')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Alipay (Web)' })).toBeEnabled();
  });

  it('opens the guided setup of the chosen platform', async () => {
    const { dialog, user, router } = await openCatalogue();
    await user.click(within(dialog).getByRole('button', { name: 'Alipay (Native)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add Alipay (Native)' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/connectors/social/new/alipay-native');
  });

  it('uses logoDark in the dark theme', async () => {
    localStorage.setItem('torii.theme', 'dark');
    const { dialog } = await openCatalogue();
    const patreon = findFactoryDefinition('patreon-universal')?.factory;
    const logo = within(within(dialog).getByRole('button', { name: 'Patreon' })).getByRole('presentation', { hidden: true });
    expect(logo).toHaveAttribute('src', patreon?.logoDark);
    expect(patreon?.logoDark).not.toBe(patreon?.logo);
  });
});
