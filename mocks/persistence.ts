/**
 * Browser persistence for the embedded API.
 *
 * The store holds secrets (app secret values, connector configs with client secrets and private keys),
 * and Torii's rule is that secrets never sit in plaintext in localStorage, sessionStorage or IndexedDB.
 * So the snapshot is encrypted with AES-GCM under a key created with `extractable: false`: the CryptoKey
 * object can be stored in IndexedDB (structured clone) and used by this origin, but its raw bytes can
 * never be read back by script, copied out by an extension that dumps storage, or found on disk next to
 * the ciphertext in a usable form. Only `{ iv, ciphertext }` and the opaque key are stored.
 */
const databaseName = 'torii-embedded-api';
const storeName = 'state';
const keyRecord = 'encryption-key';
const snapshotRecord = 'snapshot';

type EncryptedSnapshot = { iv: Uint8Array<ArrayBuffer>; ciphertext: ArrayBuffer };

const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

let database: Promise<IDBDatabase> | undefined;

function openDatabase(): Promise<IDBDatabase> {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Cannot open IndexedDB'));
  });
  return database;
}

async function read(key: string): Promise<unknown> {
  const db = await openDatabase();
  return settle(db.transaction(storeName, 'readonly').objectStore(storeName).get(key));
}

async function write(key: string, value: unknown): Promise<void> {
  const db = await openDatabase();
  await settle(db.transaction(storeName, 'readwrite').objectStore(storeName).put(value, key));
}

async function remove(key: string): Promise<void> {
  const db = await openDatabase();
  await settle(db.transaction(storeName, 'readwrite').objectStore(storeName).delete(key));
}

async function encryptionKey(): Promise<CryptoKey> {
  const stored = await read(keyRecord);
  if (stored instanceof CryptoKey) return stored;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await write(keyRecord, key);
  return key;
}

const isEncryptedSnapshot = (value: unknown): value is EncryptedSnapshot =>
  typeof value === 'object' &&
  value !== null &&
  (value as Partial<EncryptedSnapshot>).iv instanceof Uint8Array &&
  (value as Partial<EncryptedSnapshot>).ciphertext instanceof ArrayBuffer;

/** The decrypted JSON snapshot, or undefined when there is none or it cannot be decrypted. */
export async function loadSnapshot(): Promise<string | undefined> {
  const stored = await read(snapshotRecord);
  if (!isEncryptedSnapshot(stored)) return undefined;
  try {
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv }, await encryptionKey(), stored.ciphertext);
    return new TextDecoder().decode(plaintext);
  } catch {
    // A snapshot from a lost key (e.g. the key record was cleared) is unreadable: start from the seed.
    await remove(snapshotRecord);
    return undefined;
  }
}

export async function saveSnapshot(json: string): Promise<void> {
  // A fresh 96-bit IV for every encryption: reusing one with the same AES-GCM key breaks its security.
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await encryptionKey(), new TextEncoder().encode(json));
  await write(snapshotRecord, { iv, ciphertext } satisfies EncryptedSnapshot);
}

export async function clearSnapshot(): Promise<void> {
  await remove(snapshotRecord);
}
