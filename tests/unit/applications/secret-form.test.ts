import { describe, expect, it } from 'vitest';
import { isSecretExpired, usableLegacySecret } from '../../../src/api/application-secrets';
import { toExpiresAt } from '../../../src/features/applications/secrets/secret-form';

const DAY = 24 * 60 * 60 * 1000;

describe('toExpiresAt', () => {
  it.each([
    ['7', 7],
    ['30', 30],
    ['180', 180],
    ['365', 365],
  ] as const)('%s days from now', (choice, days) => {
    expect(toExpiresAt(choice, 1_000)).toBe(1_000 + days * DAY);
  });

  it('sends nothing for a secret that never expires', () => {
    expect(toExpiresAt('never', 1_000)).toBeUndefined();
  });
});

describe('secret helpers', () => {
  it('treats a secret as expired from its expiry time on, and never when it has none', () => {
    expect(isSecretExpired({ expiresAt: 100 }, 99)).toBe(false);
    expect(isSecretExpired({ expiresAt: 100 }, 100)).toBe(true);
    expect(isSecretExpired({ expiresAt: null }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('never offers an #internal: legacy secret', () => {
    expect(usableLegacySecret('#internal:abc')).toBeUndefined();
    expect(usableLegacySecret(undefined)).toBeUndefined();
    expect(usableLegacySecret('')).toBeUndefined();
    expect(usableLegacySecret('df5c275d846d822a34f450f82771f962')).toBe('df5c275d846d822a34f450f82771f962');
  });
});
