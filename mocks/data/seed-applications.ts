import type { StoredApplication, StoredSecret } from '../types';

/**
 * A small, realistic tenant: one app of each common type, the ones that need secrets with a
 * "Default secret" (plus a rotated and an expired one), as if created through the console.
 * Fixed ids and timestamps keep tests and screenshots stable. None of the names contains "book":
 * the contract suite searches for `%book%` and expects only the app it creates itself.
 */
const tenantId = 'default';
const at = (isoDate: string) => Date.parse(isoDate);

const baseApplication = {
  tenantId,
  description: null,
  customClientMetadata: {},
  protectedAppMetadata: null,
  customData: {},
  isThirdParty: false,
  appLevelAccessControlEnabled: false,
  isAdmin: false,
};

/** Newest first, the order the store keeps. */
export const seedApplications = (): StoredApplication[] => [
  {
    ...baseApplication,
    id: 'p7c2k9x4m1w8r5t3v6b0q',
    name: 'Partner Portal',
    secret: '#internal:Jx3Vq8LmN2bR7tYc5WzK1pHs9DfG4aEu',
    description: 'Server-rendered portal for resellers',
    type: 'Traditional',
    oidcClientMetadata: {
      redirectUris: ['https://partners.acme.test/auth/callback'],
      postLogoutRedirectUris: ['https://partners.acme.test/'],
    },
    customClientMetadata: { rotateRefreshToken: true, refreshTokenTtlInDays: 14 },
    createdAt: at('2026-10-02T08:15:00Z'),
  },
  {
    ...baseApplication,
    id: 'm2m8inv3ntory5ync0a1b',
    name: 'Inventory Sync',
    secret: '#internal:Qw9Er4Ty6Ui1Op3As5Df7Gh2Jk8Lz0Xc',
    description: 'Nightly job that reads orders through the Management API',
    type: 'MachineToMachine',
    oidcClientMetadata: { redirectUris: [], postLogoutRedirectUris: [] },
    createdAt: at('2026-09-14T22:40:00Z'),
  },
  {
    ...baseApplication,
    id: 'n4t1v3m0b1l3app9xq2zk',
    name: 'Acme Mobile',
    secret: '#internal:Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1Pa9Sd0Fg',
    description: 'iOS and Android app',
    type: 'Native',
    oidcClientMetadata: {
      redirectUris: ['io.acme.mobile://callback'],
      postLogoutRedirectUris: ['io.acme.mobile://signed-out'],
    },
    createdAt: at('2026-08-03T11:05:00Z'),
  },
  {
    ...baseApplication,
    id: 's9p4a7st0r3fr0nt2c8hw',
    name: 'Acme Storefront',
    secret: '#internal:Hb5Nj8Mk2Lp4Oi6Uy9Tr1Ew3Qa7Zs0Xd',
    type: 'SPA',
    oidcClientMetadata: {
      redirectUris: ['https://shop.acme.test/callback', 'http://localhost:5173/callback'],
      postLogoutRedirectUris: ['https://shop.acme.test/'],
    },
    customClientMetadata: { corsAllowedOrigins: ['https://shop.acme.test'] },
    createdAt: at('2026-07-21T09:30:00Z'),
  },
];

export const seedSecrets = (): StoredSecret[] => [
  {
    tenantId,
    applicationId: 'p7c2k9x4m1w8r5t3v6b0q',
    name: 'Default secret',
    value: 'Vt6Rz1Kq8Wm3Np5Ys0Lb7Xc2Hd9Fj4Ga',
    createdAt: at('2026-10-02T08:15:00Z'),
    expiresAt: null,
  },
  {
    tenantId,
    applicationId: 'p7c2k9x4m1w8r5t3v6b0q',
    name: 'ci-deploy',
    value: 'Pq3Ws8Ed1Rf6Tg9Yh2Uj5Ik7Ol0Zx4Cv',
    createdAt: at('2026-10-20T16:00:00Z'),
    expiresAt: at('2030-01-01T00:00:00Z'),
  },
  {
    tenantId,
    applicationId: 'p7c2k9x4m1w8r5t3v6b0q',
    name: 'old-rotation',
    value: 'Lm9Nb4Vc7Xz2As5Df8Gh1Jk3Qw6Er0Ty',
    createdAt: at('2026-01-05T10:00:00Z'),
    expiresAt: at('2026-04-05T10:00:00Z'),
  },
  {
    tenantId,
    applicationId: 'm2m8inv3ntory5ync0a1b',
    name: 'Default secret',
    value: 'Gh7Jk2Lq9Wz4Xc6Vb1Nm8As3Df5Er0Ty',
    createdAt: at('2026-09-14T22:40:00Z'),
    expiresAt: null,
  },
];
