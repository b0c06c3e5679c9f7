import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { deleteConnector } from '../../../src/api/connectors';
import { renderApp } from '../../render';
import { listedNames, PAGE, previewButtons, seedConnectors, seedTargets, SLOW, waitForForm } from './helpers';

test('shows the stored sign-up identifier, the buttons in order and the same in the preview', async () => {
  seedConnectors('patreon-universal', 'alipay-web');
  seedTargets('patreon', 'alipay');
  await renderApp(PAGE);
  await waitForForm();

  expect(screen.getByRole('heading', { level: 1, name: 'Sign-in experience' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Sign-up and sign-in' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('radio', { name: 'Username' })).toBeChecked();
  expect(listedNames()).toEqual(['Patreon', 'Alipay (Web)']);
  await waitFor(() => expect(previewButtons()).toEqual(['Continue with Patreon', 'Continue with Alipay (Web)']));
  const preview = screen.getByRole('figure', { name: 'Sign-in page preview' });
  expect(within(preview).getByText('Username')).toBeVisible();
  // Nothing changed yet: no save bar.
  expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
});

test('with no social connector configured, says so and links to Connectors', async () => {
  await renderApp(PAGE);
  await waitForForm();
  expect(screen.getByText('No social connector is configured yet')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Go to Connectors' })).toHaveAttribute('href', '/connectors/social');
  expect(screen.queryByRole('button', { name: 'Add social connector' })).not.toBeInTheDocument();
});

test('a target whose connector is gone shows no button and does not make the form dirty', async () => {
  seedConnectors('patreon-universal');
  seedTargets('google', 'patreon');
  await renderApp(PAGE);
  await waitForForm();
  expect(listedNames()).toEqual(['Patreon']);
  expect(await screen.findByText(/no longer exists: google/)).toBeVisible();
  expect(previewButtons()).toEqual(['Continue with Patreon']);
  expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
});

test('a connector deleted elsewhere is gone when the page is visited again', async () => {
  seedConnectors('patreon-universal', 'github-universal');
  seedTargets('github', 'patreon');
  const { router } = await renderApp(PAGE);
  await waitForForm();
  expect(listedNames()).toEqual(['GitHub', 'Patreon']);

  await router.navigate('/applications');
  await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Sign-in experience' })).not.toBeInTheDocument());
  await deleteConnector('test-github-universal');
  await router.navigate(PAGE);
  await waitFor(() => expect(listedNames()).toEqual(['Patreon']), SLOW);
  expect(previewButtons()).toEqual(['Continue with Patreon']);
});

test('a failed load says so and can be retried', async () => {
  server.use(http.get('*/api/sign-in-exp', () => HttpResponse.json({ code: 'oops', message: 'boom' }, { status: 500 }), { once: true }));
  server.use(http.get('*/api/sign-in-exp', () => HttpResponse.json({ code: 'oops', message: 'boom' }, { status: 500 }), { once: true }));
  server.use(http.get('*/api/sign-in-exp', () => HttpResponse.json({ code: 'oops', message: 'boom' }, { status: 500 }), { once: true }));
  const { user } = await renderApp(PAGE);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The sign-in experience could not be loaded.');
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  await waitForForm();
});

test('the page and its preview speak Japanese', async () => {
  seedConnectors('patreon-universal', 'alipay-web');
  seedTargets('alipay', 'patreon');
  await renderApp(PAGE, { language: 'ja' });
  await waitForForm();
  expect(screen.getByRole('radio', { name: 'ユーザー名' })).toBeChecked();
  expect(screen.getByRole('radio', { name: '該当なし' })).not.toBeChecked();
  expect(screen.getByRole('heading', { name: 'ソーシャルサインイン' })).toBeVisible();
  expect(listedNames('ja')).toEqual(['Alipay (Web)', 'Patreon']);
  await waitFor(() => expect(previewButtons()).toEqual(['Alipay (Web) で続行', 'Patreon で続行']));
});
