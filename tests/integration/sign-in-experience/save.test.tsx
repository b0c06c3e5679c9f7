import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { deleteConnector } from '../../../src/api/connectors';
import { renderApp } from '../../render';
import { listedNames, PAGE, previewButtons, seedConnectors, seedTargets, SLOW, spyOnPatches, waitForForm } from './helpers';

test('a change to an option alone sends only socialSignIn, without a confirmation', async () => {
  seedConnectors('patreon-universal');
  seedTargets('patreon');
  const patches = spyOnPatches();
  const { user } = await renderApp(PAGE);
  await waitForForm();

  const linking = screen.getByRole('switch', { name: 'Link accounts automatically' });
  expect(linking).toHaveAccessibleDescription(/verified email or phone matches an existing user/);
  await user.click(linking);
  await user.click(screen.getByRole('button', { name: 'Save changes' }));

  await waitFor(() => expect(screen.getByText('Sign-in experience saved')).toBeVisible(), SLOW);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(patches).toEqual([{ socialSignIn: { automaticAccountLinking: true, skipRequiredIdentifiers: false } }]);
  expect(screen.getByRole('switch', { name: 'Link accounts automatically' })).toBeChecked();
});

test('changing the list shows what is added, removed and reordered before saving just that key', async () => {
  seedConnectors('patreon-universal', 'alipay-web', 'google-universal', 'github-universal');
  seedTargets('patreon', 'alipay', 'google');
  const patches = spyOnPatches();
  const { user } = await renderApp(PAGE);
  await waitForForm();

  await user.click(screen.getByRole('button', { name: 'Add social connector' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /GitHub/ }));
  await user.click(screen.getByRole('button', { name: 'Remove Google' }));
  await user.click(screen.getByRole('button', { name: 'Move Alipay (Web) up' }));
  expect(listedNames()).toEqual(['Alipay (Web)', 'Patreon', 'GitHub']);

  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  let dialog = await screen.findByRole('dialog', { name: 'Review changes' });
  const social = within(dialog).getByRole('region', { name: 'Social sign-in buttons' });
  expect(within(social).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Added: GitHub',
    'Removed: Google',
    'New order: Alipay (Web) → Patreon → GitHub',
  ]);
  expect(within(dialog).queryByText(/Sign-up identifier/)).not.toBeInTheDocument();

  // Cancel sends nothing and keeps the edits.
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(patches).toEqual([]);
  expect(listedNames()).toEqual(['Alipay (Web)', 'Patreon', 'GitHub']);

  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  dialog = await screen.findByRole('dialog', { name: 'Review changes' });
  await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
  await waitFor(() => expect(screen.getByText('Sign-in experience saved')).toBeVisible(), SLOW);
  expect(patches).toEqual([{ socialSignInConnectorTargets: ['alipay', 'patreon', 'github'] }]);
  expect(db.signInExperience.socialSignInConnectorTargets).toEqual(['alipay', 'patreon', 'github']);
});

test('the review also lists the options that change in the same save, in Japanese', async () => {
  seedConnectors('patreon-universal', 'github-universal');
  seedTargets('patreon');
  const patches = spyOnPatches();
  const { user } = await renderApp(PAGE, { language: 'ja' });
  await waitForForm();
  await user.click(screen.getByRole('switch', { name: 'アカウントを自動的にリンク' }));
  await user.click(screen.getByRole('button', { name: 'ソーシャルコネクターを追加' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /GitHub/ }));

  await user.click(screen.getByRole('button', { name: '変更を保存' }));
  const dialog = await screen.findByRole('dialog', { name: '変更内容の確認' });
  const social = within(dialog).getByRole('region', { name: 'ソーシャルサインインのボタン' });
  expect(within(social).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    '追加: GitHub',
    'アカウントを自動的にリンク: オフ → オン',
  ]);
  await user.click(within(dialog).getByRole('button', { name: '変更を保存' }));
  await waitFor(() => expect(patches).toHaveLength(1), SLOW);
  expect(patches[0]).toMatchObject({ socialSignIn: { automaticAccountLinking: true } });
});

test('a target the server drops because its connector was deleted meanwhile is reported', async () => {
  seedConnectors('patreon-universal', 'alipay-web');
  seedTargets('patreon');
  const { user } = await renderApp(PAGE);
  await waitForForm();
  await user.click(screen.getByRole('button', { name: 'Add social connector' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /Alipay/ }));

  // Someone deletes the Alipay connector in another tab before this save.
  await deleteConnector('test-alipay-web');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save changes' }));

  await waitFor(() => expect(screen.getByText(/Not saved: Alipay \(Web\)\. Their connector no longer exists/)).toBeVisible(), SLOW);
  await waitFor(() => expect(listedNames()).toEqual(['Patreon']));
  expect(previewButtons()).toEqual(['Continue with Patreon']);

  // The report is about that save: the next edit of the list retires it.
  await user.click(screen.getByRole('button', { name: 'Remove Patreon' }));
  expect(screen.queryByText(/Not saved: Alipay \(Web\)/)).not.toBeInTheDocument();
});

test('a 500 keeps every edit and says the changes were not saved', async () => {
  seedConnectors('patreon-universal', 'github-universal');
  seedTargets('patreon', 'github');
  server.use(http.patch('*/api/sign-in-exp', () => new HttpResponse(null, { status: 500 })));
  const { user } = await renderApp(PAGE);
  await waitForForm();

  await user.click(screen.getByRole('switch', { name: 'Link accounts automatically' }));
  await user.click(screen.getByRole('button', { name: 'Move GitHub up' }));
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save changes' }));

  const alert = await screen.findByRole('alert', {}, SLOW);
  expect(alert).toHaveTextContent('The changes were not saved');
  expect(alert).toHaveTextContent('The server ran into a problem. Your changes are still here');
  expect(listedNames()).toEqual(['GitHub', 'Patreon']);
  expect(screen.getByRole('switch', { name: 'Link accounts automatically' })).toBeChecked();
  expect(screen.getByRole('region', { name: 'Unsaved changes' })).toBeVisible();
  expect(db.signInExperience.socialSignInConnectorTargets).toEqual(['patreon', 'github']);
});

test('a 400 about the social list is shown in the Social sign-in section', async () => {
  seedConnectors('patreon-universal', 'github-universal');
  seedTargets('patreon', 'github');
  server.use(
    http.patch('*/api/sign-in-exp', () =>
      HttpResponse.json(
        {
          code: 'guard.invalid_input',
          message: 'The request body is invalid.',
          details: 'Error in key path "socialSignInConnectorTargets": (invalid_type) Expected array but received string.',
        },
        { status: 400 },
      ),
    ),
  );
  const { user } = await renderApp(PAGE);
  await waitForForm();
  await user.click(screen.getByRole('button', { name: 'Remove GitHub' }));
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save changes' }));

  const section = screen.getByRole('heading', { name: 'Social sign-in' }).closest('section');
  if (!section) throw new Error('Social sign-in section not found');
  expect(await within(section).findByRole('alert', {}, SLOW)).toHaveTextContent('The request body is invalid.');
  expect(listedNames()).toEqual(['Patreon']);
});

test('Discard restores the stored settings; leaving a dirty page asks first', async () => {
  seedConnectors('patreon-universal');
  seedTargets('patreon');
  const { user, router } = await renderApp(PAGE);
  await waitForForm();

  await user.click(screen.getByRole('radio', { name: 'Not applicable' }));
  await user.click(screen.getByRole('button', { name: 'Discard' }));
  expect(screen.getByRole('radio', { name: 'Username' })).toBeChecked();
  expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Remove Patreon' }));
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  await user.click(within(nav).getByRole('link', { name: 'Applications' }));
  const guard = await screen.findByRole('dialog', { name: 'Leave without saving?' });
  await user.click(within(guard).getByRole('button', { name: 'Stay on this page' }));
  expect(router.state.location.pathname).toBe(PAGE);
  expect(listedNames()).toEqual([]);

  await user.click(within(nav).getByRole('link', { name: 'Applications' }));
  await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/applications'));
  expect(db.signInExperience.socialSignInConnectorTargets).toEqual(['patreon']);
});
