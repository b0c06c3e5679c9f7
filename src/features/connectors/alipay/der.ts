/**
 * Just enough DER to tell an RSA private key from something else and to wrap a PKCS#1 key into
 * PKCS#8 for Web Crypto (which imports only PKCS#8). Not a general ASN.1 parser on purpose.
 */
export type Tlv = { tag: number; start: number; headerLength: number; length: number; end: number };

export class DerError extends Error {
  constructor(readonly reason: 'truncated' | 'malformed') {
    super(`DER ${reason}`);
  }
}

export function readTlv(bytes: Uint8Array, start: number): Tlv {
  const tag = bytes[start];
  const first = bytes[start + 1];
  if (tag === undefined || first === undefined) throw new DerError('truncated');
  let length = first;
  let headerLength = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError('malformed');
    length = 0;
    for (let index = 0; index < count; index += 1) {
      const byte = bytes[start + 2 + index];
      if (byte === undefined) throw new DerError('truncated');
      length = length * 256 + byte;
    }
    headerLength += count;
  }
  const end = start + headerLength + length;
  if (end > bytes.length) throw new DerError('truncated');
  return { tag, start, headerLength, length, end };
}

/** The TLVs directly inside a constructed TLV. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const items: Tlv[] = [];
  let at = parent.start + parent.headerLength;
  while (at < parent.end) {
    const item = readTlv(bytes, at);
    if (item.end > parent.end) throw new DerError('malformed');
    items.push(item);
    at = item.end;
  }
  return items;
}

export const contents = (bytes: Uint8Array, tlv: Tlv) => bytes.subarray(tlv.start + tlv.headerLength, tlv.end);

export const TAG = { integer: 0x02, octetString: 0x04, null: 0x05, oid: 0x06, sequence: 0x30 } as const;

/** 1.2.840.113549.1.1.1, rsaEncryption. */
export const RSA_ENCRYPTION_OID = new Uint8Array([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);

export const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

export function encodeTlv(tag: number, body: Uint8Array): Uint8Array {
  const header = [tag, ...encodeLength(body.length)];
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** PrivateKeyInfo { version 0, AlgorithmIdentifier { rsaEncryption, NULL }, OCTET STRING pkcs1 }. */
export function wrapPkcs1InPkcs8(pkcs1: Uint8Array): Uint8Array {
  const version = new Uint8Array([TAG.integer, 0x01, 0x00]);
  const algorithm = encodeTlv(TAG.sequence, concat(encodeTlv(TAG.oid, RSA_ENCRYPTION_OID), new Uint8Array([TAG.null, 0x00])));
  return encodeTlv(TAG.sequence, concat(version, algorithm, encodeTlv(TAG.octetString, pkcs1)));
}

/** Bits of a DER INTEGER holding a positive modulus (leading zero byte ignored). */
export function integerBits(value: Uint8Array): number {
  let index = 0;
  while (index < value.length && value[index] === 0) index += 1;
  const first = value[index];
  if (first === undefined) return 0;
  return (value.length - index - 1) * 8 + (32 - Math.clz32(first));
}
