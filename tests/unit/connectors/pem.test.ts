import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPrivateKeyPem, type PemProblem } from '@/features/connectors/alipay/pem';
import { derivePublicKey, generateAlipayKeyPair } from '@/features/connectors/alipay/rsa-keys';
import { checkAlipayPrivateKey } from '@/features/connectors/config-form/factory-rules';

// Real keys made for this run; nothing secret is checked in.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const spkiPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const alipayPublicKey = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');
const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const encrypted = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' }).toString();

const body = (pem: string) => pem.split('\n').filter((line) => line && !line.startsWith('-----')).join('');
const oneLine = (pem: string) => pem.replace(/\n/g, '\\n');

describe('checkPrivateKeyPem accepts', () => {
  it.each([
    ['PKCS#8', pkcs8, 'pkcs8', pkcs8],
    ['PKCS#1', pkcs1, 'pkcs1', pkcs1],
    ['PKCS#8 on one line with literal \\n', oneLine(pkcs8), 'pkcs8', pkcs8],
    ['PKCS#1 on one line with literal \\n', oneLine(pkcs1), 'pkcs1', pkcs1],
    ['Windows line breaks and stray spaces', `  ${pkcs8.replace(/\n/g, '\r\n')}  `, 'pkcs8', pkcs8],
    ['a body without line breaks', `-----BEGIN PRIVATE KEY-----${body(pkcs8)}-----END PRIVATE KEY-----`, 'pkcs8', pkcs8],
  ])('%s, and tidies it', (_name, input, format, tidy) => {
    const result = checkPrivateKeyPem(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.key).toMatchObject({ format, bits: 2048, pem: tidy });
    // What we send must be a key Node (and so Logto's Alipay connector) can load.
    expect(createPrivateKey(result.key.pem).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('sends the tidy PEM through the Alipay field check', () => {
    expect(checkAlipayPrivateKey(oneLine(pkcs1))).toEqual({ value: pkcs1 });
  });
});

describe('checkPrivateKeyPem rejects', () => {
  const cases: [string, string, PemProblem][] = [
    ['nothing', '  ', 'empty'],
    ['a public key (SPKI)', spkiPem, 'public_key'],
    ['a public key (PKCS#1)', publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(), 'public_key'],
    ['a certificate', `-----BEGIN CERTIFICATE-----\n${body(spkiPem)}\n-----END CERTIFICATE-----\n`, 'certificate'],
    ['an encrypted key', encrypted, 'encrypted'],
    ['an EC key', ecKey, 'not_rsa'],
    ['the body without header and footer', body(pkcs8), 'missing_header'],
    ['garbage', 'hello, this is not a key', 'not_pem'],
    ['a few words that happen to be base64 letters', 'myprivatekey', 'not_pem'],
    ['a key cut short', pkcs8.slice(0, 900), 'truncated'],
    ['a body missing its last lines', pkcs8.replace(/\n[^\n]*\n[^\n]*\n-----END/, '\n-----END'), 'truncated'],
    ['a body that is not base64', pkcs8.replace(/\n(.{10})/, '\n$1!*'), 'not_base64'],
    ['base64 that is not a key', `-----BEGIN PRIVATE KEY-----\n${btoa('not a DER structure at all!!')}\n-----END PRIVATE KEY-----`, 'malformed'],
  ];

  it.each(cases)('%s', (_name, input, problem) => {
    expect(checkPrivateKeyPem(input)).toEqual({ ok: false, problem });
  });

  it('gives the Alipay field a private_key issue naming the problem', () => {
    expect(checkAlipayPrivateKey(spkiPem)).toEqual({ issue: { code: 'private_key', problem: 'public_key' } });
  });
});

describe('Alipay public key', () => {
  it.each([
    ['PKCS#8', pkcs8],
    ['PKCS#1 (wrapped into PKCS#8 for Web Crypto)', pkcs1],
  ])('is derived from a pasted %s key in Alipay’s format', async (_name, pem) => {
    const result = checkPrivateKeyPem(pem);
    if (!result.ok) throw new Error(result.problem);
    const derived = await derivePublicKey(result.key.pkcs8);
    expect(derived).toBe(alipayPublicKey(publicKey));
    expect(derived).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('belongs to the private key of a generated pair', async () => {
    const pair = await generateAlipayKeyPair();
    expect(checkPrivateKeyPem(pair.privateKeyPem)).toMatchObject({ ok: true, key: { format: 'pkcs8', bits: 2048 } });
    expect(pair.publicKey).not.toMatch(/-----|\n/);
    expect(alipayPublicKey(createPublicKey(createPrivateKey(pair.privateKeyPem)))).toBe(pair.publicKey);
  });
});
