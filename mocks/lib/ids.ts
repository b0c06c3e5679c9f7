/**
 * Identifier generators shaped like Logto's (`@logto/shared` buildIdGenerator / generateStandardSecret).
 * The console relies on these shapes: app ids appear in URLs and quick starts, connector ids in redirect
 * URIs, and secrets are copied into provider consoles, so a mock that hands out "1", "2", "3" would hide bugs.
 */
const lowercaseAlphanumeric = '0123456789abcdefghijklmnopqrstuvwxyz';
const mixedAlphanumeric = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function randomString(length: number, alphabet: string): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 36 or 62).
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  while (result.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && result.length < length) result += alphabet.charAt(byte % alphabet.length);
    }
  }
  return result;
}

/** 21 characters of `[0-9a-z]`: application ids. */
export const generateStandardId = () => randomString(21, lowercaseAlphanumeric);

/** 12 characters of `[0-9a-z]`: connector instance ids. */
export const generateConnectorId = () => randomString(12, lowercaseAlphanumeric);

/** 32 characters of `[0-9A-Za-z]`: application secrets. */
export const generateStandardSecret = () => randomString(32, mixedAlphanumeric);

/**
 * Logto keeps an unusable placeholder in `applications.secret` for apps created after secrets moved to
 * their own table; the API never returns it. We keep the same convention so the legacy-secret endpoint
 * behaves like the real one.
 */
export const internalSecretPrefix = '#internal:';
export const generateInternalSecret = () => internalSecretPrefix + generateStandardSecret();
