import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createConnector } from '../../../src/api/connectors';
import { renderApp } from '../../render';
import { listedNames, PAGE, previewButtons, seedConnectors, seedTargets, SLOW, waitForForm } from './helpers';

test('adds configured social connectors by target, each offered once, and the preview follows', async () => {
  // One through the API as an admin would, the rest seeded.
  await createConnector({ connectorId: 'patreon-universal', config: { clientId: 'client-id', clientSecret: 'client-secret' } });
  seedConnectors('alipay-web', 'alipay-native', 'simple-mail-transfer-protocol');
  const { user } = await renderApp(PAGE);
  await waitForForm();
  expect(screen.getByText(/No social button yet/)).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Add social connector' }));
  let dialog = await screen.findByRole('dialog', { name: 'Add social connector' });
  // Alipay Web and Native share the target `alipay`: one entry. The Email connector is not social.
  // Each offer reads: name, then the platforms configured for that target; alphabetical.
  expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Alipay (Web)WebNative',
    'PatreonUniversal',
  ]);
  await user.click(within(dialog).getByRole('button', { name: /Alipay \(Web\)/ }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Add social connector' }));
  dialog = await screen.findByRole('dialog', { name: 'Add social connector' });
  expect(within(dialog).queryByRole('button', { name: /Alipay/ })).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: /Patreon/ }));

  expect(listedNames()).toEqual(['Alipay (Web)', 'Patreon']);
  await waitFor(() => expect(previewButtons()).toEqual(['Continue with Alipay (Web)', 'Continue with Patreon']));
  expect(screen.getByRole('button', { name: 'Add social connector' })).toBeDisabled();
  // "Add social connector" cannot take focus back now: it goes to the row just added.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Reorder Patreon' })).toHaveFocus());
  expect(screen.getByText('Every configured social connector is already on the list.')).toBeVisible();
  expect(screen.getByRole('region', { name: 'Unsaved changes' })).toBeVisible();
});

test('removes a button, moving focus to the next row', async () => {
  seedConnectors('patreon-universal', 'github-universal', 'google-universal');
  seedTargets('patreon', 'github', 'google');
  const { user } = await renderApp(PAGE);
  await waitForForm();

  await user.click(screen.getByRole('button', { name: 'Remove GitHub' }));
  expect(listedNames()).toEqual(['Patreon', 'Google']);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Google' })).toHaveFocus());
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('GitHub removed from the sign-in page.'));
  expect(previewButtons()).toEqual(['Continue with Patreon', 'Continue with Google']);

  // Removing every button hides the socialSignIn options, which only matter with a button.
  expect(screen.getByRole('switch', { name: 'Link accounts automatically' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Remove Patreon' }));
  await user.click(screen.getByRole('button', { name: 'Remove Google' }));
  expect(screen.queryByRole('switch', { name: 'Link accounts automatically' })).not.toBeInTheDocument();
  expect(previewButtons()).toEqual([]);
  // No row is left to take focus: "Add social connector", the next thing to do, gets it.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Add social connector' })).toHaveFocus());
});

test('reorders by keyboard alone, announcing each move and keeping focus on the moved row', async () => {
  seedConnectors('patreon-universal', 'alipay-web', 'github-universal');
  seedTargets('alipay', 'github', 'patreon');
  const { user } = await renderApp(PAGE);
  await waitForForm();

  expect(screen.getByRole('button', { name: 'Move Alipay (Web) up' })).toBeDisabled();
  screen.getByRole('button', { name: 'Move Patreon up' }).focus();
  await user.keyboard('{Enter}');
  expect(listedNames()).toEqual(['Alipay (Web)', 'Patreon', 'GitHub']);
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Patreon moved to position 2 of 3.'));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Move Patreon up' })).toHaveFocus());

  await user.keyboard(' ');
  expect(listedNames()).toEqual(['Patreon', 'Alipay (Web)', 'GitHub']);
  // At the top "up" is disabled, so focus lands on "down" of the same row.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Move Patreon down' })).toHaveFocus());
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Patreon moved to position 1 of 3.'));
  expect(previewButtons()).toEqual(['Continue with Patreon', 'Continue with Alipay (Web)', 'Continue with GitHub']);

  // The drag handle is keyboard-operable too, with instructions in the console's language.
  const handle = screen.getByRole('button', { name: 'Reorder GitHub' });
  expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
  expect(handle).toHaveAccessibleDescription(/press Space or Enter to pick the item up/);
});

test('Japanese: move buttons, announcements and drag instructions are localised', async () => {
  seedConnectors('patreon-universal', 'alipay-web');
  seedTargets('alipay', 'patreon');
  const { user } = await renderApp(PAGE, { language: 'ja' });
  await waitForForm();
  await user.click(await screen.findByRole('button', { name: 'Patreon を上へ移動' }, SLOW));
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Patreon を 2 件中 1 番目に移動しました。'));
  expect(screen.getByRole('button', { name: 'Alipay (Web) を並べ替え' })).toHaveAccessibleDescription(/Space キーまたは Enter キー/);
  await waitFor(() => expect(previewButtons()).toEqual(['Patreon で続行', 'Alipay (Web) で続行']));
});
