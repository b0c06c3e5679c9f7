import { bytesToBase64, toPem } from './pem';

/**
 * RSA keys for Alipay's "public key" signing mode, made and read in the browser with Web Crypto:
 * the private key never leaves the page except in the config the admin saves.
 */
const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** What Alipay's console asks for: the SPKI public key as bare base64, no header, footer or breaks. */
async function alipayPublicKey(publicKey: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)));
}

export type AlipayKeyPair = { privateKeyPem: string; publicKey: string };

export async function generateAlipayKeyPair(): Promise<AlipayKeyPair> {
  const pair = await crypto.subtle.generateKey(
    { ...ALGORITHM, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { privateKeyPem: toPem('PRIVATE KEY', pkcs8), publicKey: await alipayPublicKey(pair.publicKey) };
}

/**
 * The public half of a private key. Web Crypto cannot export a public key from a private one
 * directly, but the private JWK carries `n` and `e`, which are the whole public key.
 */
export async function derivePublicKey(pkcs8: Uint8Array): Promise<string> {
  const privateKey = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), ALGORITHM, true, ['sign']);
  const { n, e } = await crypto.subtle.exportKey('jwk', privateKey);
  if (!n || !e) throw new Error('The private key has no modulus or exponent.');
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'RSA', n, e, ext: true }, ALGORITHM, true, ['verify']);
  return alipayPublicKey(publicKey);
}
