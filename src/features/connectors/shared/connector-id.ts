/**
 * The id of a connector being created, made in the browser so the redirect URI
 * (`<tenant endpoint>/callback/<id>`) is final before the admin saves and can be pasted into the
 * provider's console first. Same alphabet and length as Logto's own short ids.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export const CONNECTOR_ID_LENGTH = 12;
// 252 = 7 × 36: bytes at or above it are skipped so every character is equally likely.
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

export function generateConnectorId(length = CONNECTOR_ID_LENGTH): string {
  let id = '';
  while (id.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte >= UNBIASED_LIMIT) continue;
      id += ALPHABET.charAt(byte % ALPHABET.length);
      if (id.length === length) break;
    }
  }
  return id;
}
