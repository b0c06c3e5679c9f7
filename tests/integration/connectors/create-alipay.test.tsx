import { createPrivateKey, createPublicKey } from 'node:crypto';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render';
import { spyOnBodies, testKeys } from './helpers';

const alipayPublicKey = (pem: string) => createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' }).toString('base64');

async function openAlipay(language: 'en' | 'ja' = 'en') {
  const view = await renderApp('/connectors/social/new/alipay-web', { language });
  const form = await screen.findByRole('form', { name: language === 'en' ? 'Settings' : '設定' });
  return { ...view, form };
}

describe('adding Alipay (Web)', () => {
  it('generates a key pair, shows the public key in Alipay’s format and saves with RSA2', async () => {
    const posts = spyOnBodies('post', '/connectors');
    const { user, form, router } = await openAlipay();
    await user.type(within(form).getByLabelText(/App ID/), '2021000000000000');
    await user.click(within(form).getByRole('button', { name: 'Generate key pair' }));

    const publicKey = await within(form).findByLabelText('Public key for Alipay', {}, { timeout: 15_000 });
    expect(within(form).getByRole('status')).toHaveTextContent('A new 2048-bit key pair was generated.');
    // The private key is masked: the PEM is not on the page until "Show".
    expect(within(form).getByLabelText(/Private key/)).toHaveValue('••••••••••••••••');
    expect(document.body.textContent).not.toContain('PRIVATE KEY-----');
    expect((publicKey as HTMLTextAreaElement).value).toMatch(/^MIIBIjAN[A-Za-z0-9+/]+=*$/);
    expect(within(form).getByLabelText(/Signing algorithm/)).toHaveTextContent('RSA-SHA256');

    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    await screen.findByRole('heading', { level: 1, name: 'Alipay (Web)' });
    const [body] = posts as { id: string; config: Record<string, string> }[];
    expect(router.state.location.pathname).toBe(`/connectors/${body?.id}`);
    expect(body?.config).toEqual({ appId: '2021000000000000', privateKey: expect.stringMatching(/^-----BEGIN PRIVATE KEY-----\n/), signType: 'RSA2', charset: 'utf8' });
    expect(alipayPublicKey(body?.config.privateKey ?? '')).toBe((publicKey as HTMLTextAreaElement).value);
  });

  it('accepts a PKCS#1 key pasted on one line with literal \\n, derives its public key and sends a clean PEM', async () => {
    const posts = spyOnBodies('post', '/connectors');
    const { pkcs1 } = testKeys();
    const { user, form } = await openAlipay();
    await user.type(within(form).getByLabelText(/App ID/), '2021000000000001');
    const privateKey = within(form).getByLabelText(/Private key/);
    fireEvent.change(privateKey, { target: { value: pkcs1.trim().replace(/\n/g, '\\n') } });
    expect(await within(form).findByText('RSA 2048-bit private key (PKCS#1)')).toBeInTheDocument();
    expect(await within(form).findByLabelText('Public key for Alipay')).toHaveValue(alipayPublicKey(pkcs1));

    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    await screen.findByRole('heading', { level: 1, name: 'Alipay (Web)' });
    expect((posts[0] as { config: { privateKey: string } }).config.privateKey).toBe(pkcs1);
  });

  it.each([
    ['a public key', (keys: { pkcs8: string }) => alipayPem(keys.pkcs8), 'This is a public key. Paste the private key here; the public key goes into Alipay’s console.'],
    ['a truncated key', (keys: { pkcs8: string }) => keys.pkcs8.slice(0, 800), 'The key is incomplete: part of it is missing. Copy the whole key again.'],
    ['garbage', () => 'my private key', 'This is not a PEM private key. It should start with “-----BEGIN PRIVATE KEY-----” or “-----BEGIN RSA PRIVATE KEY-----”.'],
  ])('refuses %s with a message next to the field and sends nothing', async (_name, make, message) => {
    const posts = spyOnBodies('post', '/connectors');
    const { user, form } = await openAlipay();
    await user.type(within(form).getByLabelText(/App ID/), '2021');
    fireEvent.change(within(form).getByLabelText(/Private key/), { target: { value: make(testKeys()) } });
    await user.click(within(form).getByRole('button', { name: 'Save and done' }));
    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(posts).toEqual([]);
    expect(within(form).getByLabelText(/App ID/)).toHaveValue('2021');
  });

  it('a masked private key takes a pasted replacement without showing either key, and Backspace starts it over', async () => {
    const { pkcs1 } = testKeys();
    const { user, form } = await openAlipay();
    await user.click(within(form).getByRole('button', { name: 'Generate key pair' }));
    await within(form).findByLabelText('Public key for Alipay', {}, { timeout: 15_000 });
    const masked = within(form).getByLabelText(/Private key/);
    expect(masked).toHaveValue('••••••••••••••••');

    await user.click(masked);
    await user.paste(pkcs1);
    expect(await within(form).findByText('RSA 2048-bit private key (PKCS#1)')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Private key/)).toHaveValue('••••••••••••••••');
    expect(document.body.textContent).not.toContain(pkcs1.slice(40, 80));

    await user.keyboard('{Backspace}');
    const editor = within(form).getByLabelText(/Private key/);
    expect(editor).toHaveValue('');
    expect(editor).toHaveFocus();
  });

  it('says what is wrong in Japanese too', async () => {
    const { user, form } = await openAlipay('ja');
    fireEvent.change(within(form).getByLabelText(/秘密鍵/), { target: { value: alipayPem(testKeys().pkcs8) } });
    await user.click(within(form).getByRole('button', { name: '保存して完了' }));
    expect(await within(form).findByText('App ID を入力してください。')).toBeInTheDocument();
    expect(within(form).getByText(/これは公開鍵です。/)).toBeInTheDocument();
  });
});

/** A public key in PEM, which an admin may paste by mistake. */
function alipayPem(privatePem: string) {
  return createPublicKey(createPrivateKey(privatePem)).export({ type: 'spki', format: 'pem' }).toString();
}
