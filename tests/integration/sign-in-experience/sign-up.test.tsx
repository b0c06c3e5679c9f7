import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { db } from '../../../mocks/db';
import { renderApp } from '../../render';
import { PAGE, seedConnectors, SLOW, spyOnPatches, waitForForm } from './helpers';

test('"Not applicable" sends identifiers [] without password or verify, after a confirmation', async () => {
  seedConnectors('patreon-universal');
  const patches = spyOnPatches();
  const { user } = await renderApp(PAGE);
  await waitForForm();
  const preview = screen.getByRole('figure', { name: 'Sign-in page preview' });
  expect(await within(preview).findByText('Username')).toBeVisible();

  await user.click(screen.getByRole('radio', { name: 'Not applicable' }));
  expect(screen.getByRole('radio', { name: 'Not applicable' })).toHaveAccessibleDescription(/new users join only through social sign-in/);
  // The sign-in methods are not touched, and Logto draws the sign-in form from them: still username and password.
  expect(within(preview).getByText('Username')).toBeVisible();
  expect(within(preview).getByText('Password')).toBeVisible();
  expect(screen.getByText(/add at least one social connector below/)).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
  expect(within(dialog).getByText('Sign-up identifier: Username → Not applicable')).toBeVisible();
  await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

  await waitFor(() => expect(screen.getByText('Sign-in experience saved')).toBeVisible(), SLOW);
  // Fixture 090: exactly this body; sign-in methods stay as they were, so signIn is not sent.
  expect(patches).toEqual([{ signUp: { identifiers: [], password: false, verify: false } }]);
  expect(db.signInExperience.signUp).toEqual({ identifiers: [], password: false, verify: false });
  expect(screen.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
  expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
});

test('email without an Email connector: warned beforehand, the 400 shown at the field, the choice kept', async () => {
  const patches = spyOnPatches();
  const { user } = await renderApp(PAGE, { language: 'ja' });
  await waitForForm();

  await user.click(screen.getByRole('radio', { name: 'メールアドレス' }));
  expect(screen.getByText('Email コネクターが設定されていないため、Logto はこの選択を受け付けません。')).toBeVisible();
  // Logto needs a sign-in method for the new identifier; Torii adds it and says so.
  expect(screen.getByText(/保存後のサインイン方法: ユーザー名とパスワード、メールアドレスとパスワードまたは確認コード/)).toBeVisible();

  await user.click(screen.getByRole('button', { name: '変更を保存' }));
  const dialog = await screen.findByRole('dialog', { name: '変更内容の確認' });
  expect(within(dialog).getByText('追加されるサインイン方法: メールアドレス')).toBeVisible();
  await user.click(within(dialog).getByRole('button', { name: '変更を保存' }));

  const group = screen.getByRole('radiogroup', { name: 'サインアップ識別子' });
  await waitFor(() => expect(group).toHaveAccessibleDescription(/先にコネクターを設定するか/), SLOW);
  expect(screen.getByRole('alert')).toHaveTextContent(/コネクタ/);
  expect(screen.getByRole('radio', { name: 'メールアドレス' })).toBeChecked();
  expect(screen.getByRole('region', { name: '未保存の変更' })).toBeVisible();
  expect(patches).toEqual([
    {
      signUp: { identifiers: ['email'], password: true, verify: true },
      signIn: {
        methods: [
          { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
          { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: true },
        ],
      },
    },
  ]);
  expect(db.signInExperience.signUp.identifiers).toEqual(['username']);

  // Choosing again clears the server's complaint.
  await user.click(screen.getByRole('radio', { name: 'ユーザー名' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('email with an Email connector saves sign-up and the matching sign-in method together', async () => {
  seedConnectors('simple-mail-transfer-protocol');
  const { user } = await renderApp(PAGE);
  await waitForForm();
  await user.click(screen.getByRole('radio', { name: 'Email address' }));
  expect(screen.queryByText(/No Email connector is configured/)).not.toBeInTheDocument();
  // Email becomes a sign-in method next to username, both with a password, and the preview's field says so.
  const preview = screen.getByRole('figure', { name: 'Sign-in page preview' });
  expect(within(preview).getByText('Username or email address')).toBeVisible();
  expect(within(preview).getByText('Password')).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save changes' }));
  await waitFor(() => expect(screen.getByText('Sign-in experience saved')).toBeVisible(), SLOW);
  expect(db.signInExperience.signUp).toEqual({ identifiers: ['email'], password: true, verify: true });
  expect(db.signInExperience.signIn.methods.map((method) => method.identifier)).toEqual(['username', 'email']);
});
