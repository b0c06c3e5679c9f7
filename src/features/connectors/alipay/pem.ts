import { children, contents, DerError, integerBits, RSA_ENCRYPTION_OID, readTlv, sameBytes, TAG, wrapPkcs1InPkcs8 } from './der';

/**
 * Checks what an admin pasted as Alipay's `privateKey`. Alipay signs with RSA and Logto's connector
 * hands the text to Node's crypto, which accepts PKCS#1 ("RSA PRIVATE KEY") and PKCS#8
 * ("PRIVATE KEY") PEM. Keys copied out of JSON or an env file often arrive on one line with
 * literal `\n`; we accept those and send a clean PEM instead.
 */
export type PemProblem =
  | 'empty'
  | 'missing_header'
  | 'not_pem'
  | 'public_key'
  | 'certificate'
  | 'encrypted'
  | 'not_rsa'
  | 'truncated'
  | 'not_base64'
  | 'malformed';

export type PrivateKeyFormat = 'pkcs1' | 'pkcs8';
export type ParsedPrivateKey = {
  format: PrivateKeyFormat;
  /** Modulus size, e.g. 2048. */
  bits: number;
  /** Always PKCS#8, the one form Web Crypto imports. */
  pkcs8: Uint8Array;
  /** The same key as a tidy PEM (real line breaks, 64-column body, trailing newline). */
  pem: string;
};
export type PemCheck = { ok: true; key: ParsedPrivateKey } | { ok: false; problem: PemProblem };

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const LABEL_PROBLEMS: Record<string, PemProblem> = {
  'PUBLIC KEY': 'public_key',
  'RSA PUBLIC KEY': 'public_key',
  CERTIFICATE: 'certificate',
  'X509 CERTIFICATE': 'certificate',
  'TRUSTED CERTIFICATE': 'certificate',
  'CERTIFICATE REQUEST': 'certificate',
  'ENCRYPTED PRIVATE KEY': 'encrypted',
  'EC PRIVATE KEY': 'not_rsa',
  'DSA PRIVATE KEY': 'not_rsa',
  'OPENSSH PRIVATE KEY': 'not_rsa',
};

const fail = (problem: PemProblem): PemCheck => ({ ok: false, problem });

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Modulus bits of a PKCS#1 RSAPrivateKey, or a problem. */
function readPkcs1(bytes: Uint8Array): number | PemProblem {
  const outer = readTlv(bytes, 0);
  if (outer.tag !== TAG.sequence || outer.end !== bytes.length) return 'malformed';
  const parts = children(bytes, outer);
  if (parts.length < 9 || parts.some((part) => part.tag !== TAG.integer)) return 'malformed';
  const modulus = parts[1];
  return modulus ? integerBits(contents(bytes, modulus)) : 'malformed';
}

function readPkcs8(bytes: Uint8Array): { bits: number; pkcs1: Uint8Array } | PemProblem {
  const outer = readTlv(bytes, 0);
  if (outer.tag !== TAG.sequence || outer.end !== bytes.length) return 'malformed';
  const [version, algorithm, key] = children(bytes, outer);
  if (version?.tag !== TAG.integer || algorithm?.tag !== TAG.sequence || key?.tag !== TAG.octetString) return 'malformed';
  const oid = children(bytes, algorithm)[0];
  if (oid?.tag !== TAG.oid) return 'malformed';
  if (!sameBytes(contents(bytes, oid), RSA_ENCRYPTION_OID)) return 'not_rsa';
  const pkcs1 = contents(bytes, key);
  const bits = readPkcs1(pkcs1);
  return typeof bits === 'number' ? { bits, pkcs1 } : bits;
}

function readBody(label: string, body: string): PemCheck {
  // "Proc-Type: 4,ENCRYPTED" headers mark a passphrase-protected traditional key.
  if (body.includes(':')) return fail(body.includes('ENCRYPTED') ? 'encrypted' : 'not_base64');
  const base64 = body.replace(/\s+/g, '');
  if (!base64) return fail('truncated');
  if (!BASE64.test(base64)) return fail('not_base64');
  if (base64.length % 4 !== 0) return fail('truncated');
  const der = base64ToBytes(base64);
  // Not even a DER SEQUENCE: some other base64, not a key that lost its end.
  if (der[0] !== TAG.sequence) return fail('malformed');
  try {
    if (label === 'RSA PRIVATE KEY') {
      const bits = readPkcs1(der);
      if (typeof bits !== 'number') return fail(bits);
      return { ok: true, key: { format: 'pkcs1', bits, pkcs8: wrapPkcs1InPkcs8(der), pem: toPem(label, der) } };
    }
    const read = readPkcs8(der);
    if (typeof read !== 'object') return fail(read);
    return { ok: true, key: { format: 'pkcs8', bits: read.bits, pkcs8: der, pem: toPem(label, der) } };
  } catch (error) {
    if (error instanceof DerError) return fail(error.reason);
    throw error;
  }
}

export function checkPrivateKeyPem(input: string): PemCheck {
  // Literal "\n" (backslash + n), as in a JSON string or a .env value, means a line break.
  const text = input.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n').trim();
  if (!text) return fail('empty');
  const begin = BEGIN.exec(text);
  if (!begin) {
    // A long run of base64 is a key body without its lines; a few words are just not a key.
    const compact = text.replace(/\s+/g, '');
    return fail(compact.length >= 64 && BASE64.test(compact) ? 'missing_header' : 'not_pem');
  }
  const label = begin[1] ?? '';
  const labelProblem = LABEL_PROBLEMS[label];
  if (labelProblem) return fail(labelProblem);
  if (label !== 'RSA PRIVATE KEY' && label !== 'PRIVATE KEY') return fail('not_pem');
  const bodyStart = begin.index + begin[0].length;
  const endAt = text.indexOf(`-----END ${label}-----`, bodyStart);
  if (endAt < 0) return fail('truncated');
  return readBody(label, text.slice(bodyStart, endAt));
}
