import { z } from 'zod';
import { defaultSignInExperience } from './data/sign-in-experience';
import { seedApplications, seedSecrets } from './data/seed-applications';
import { generateConnectorId, generateInternalSecret, generateStandardId, generateStandardSecret } from './lib/ids';
import type { SignInExperience, StoredApplication, StoredConnector, StoredSecret } from './types';

/**
 * The embedded API's whole state: plain data so it can be snapshotted to JSON (browser persistence)
 * and reset between tests. Handlers read and write `db` directly; there is no other copy.
 */
export type Db = {
  /** Newest first, the order `GET /api/applications` returns. */
  applications: StoredApplication[];
  secrets: StoredSecret[];
  connectors: StoredConnector[];
  signInExperience: SignInExperience;
};

// Connectors start empty so adding Alipay or Patreon works from scratch, as on a fresh Logto.
const createSeed = (): Db => ({
  applications: seedApplications(),
  secrets: seedSecrets(),
  connectors: [],
  signInExperience: defaultSignInExperience(),
});

export const db: Db = createSeed();

/** Restores the seed in place, so modules holding `db` see the change. */
export function resetDb(): void {
  Object.assign(db, createSeed());
}

const snapshotVersion = 1;

export const snapshotDb = (): string => JSON.stringify({ version: snapshotVersion, data: db });

// Only the outline is checked: a snapshot is our own output, and a stale or foreign one is simply dropped.
const snapshotSchema = z.object({
  version: z.literal(snapshotVersion),
  data: z.object({
    applications: z.array(z.looseObject({ id: z.string() })),
    secrets: z.array(z.looseObject({ applicationId: z.string() })),
    connectors: z.array(z.looseObject({ id: z.string() })),
    signInExperience: z.looseObject({ socialSignInConnectorTargets: z.array(z.string()) }),
  }),
});

/** Loads a snapshot made by `snapshotDb`; returns false (and changes nothing) when it does not fit. */
export function restoreDb(json: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (!snapshotSchema.safeParse(parsed).success) return false;
  Object.assign(db, (parsed as { data: Db }).data);
  return true;
}

const loadTestTypes = ['SPA', 'Native', 'Traditional', 'MachineToMachine'] as const;

/** Adds `count` applications older than the seed, for list benchmarks (10 000 apps). */
export function seedManyApplications(count: number): void {
  const oldest = db.applications.at(-1)?.createdAt ?? Date.now();
  for (let index = 1; index <= count; index += 1) {
    const type = loadTestTypes[index % loadTestTypes.length] ?? 'SPA';
    const id = generateStandardId();
    const createdAt = oldest - index * 60_000;
    db.applications.push({
      tenantId: 'default',
      id,
      name: `Load test app ${String(index).padStart(5, '0')}`,
      secret: generateInternalSecret(),
      description: index % 3 === 0 ? `Generated ${type} application` : null,
      type,
      oidcClientMetadata: {
        redirectUris: type === 'MachineToMachine' ? [] : [`https://app-${index}.example.test/callback`],
        postLogoutRedirectUris: [],
      },
      customClientMetadata: {},
      protectedAppMetadata: null,
      customData: {},
      isThirdParty: false,
      appLevelAccessControlEnabled: false,
      createdAt,
      isAdmin: false,
    });
    if (type === 'Traditional' || type === 'MachineToMachine') {
      db.secrets.push({ tenantId: 'default', applicationId: id, name: 'Default secret', value: generateStandardSecret(), createdAt, expiresAt: null });
    }
  }
}

/**
 * Adds `count` standard OIDC connectors. Only standard factories allow several instances, and each needs
 * its own target (one connector per target and platform), so that is the one realistic way to get many.
 */
export function seedManyConnectors(count: number): void {
  for (let index = 1; index <= count; index += 1) {
    db.connectors.push({
      id: generateConnectorId(),
      connectorId: 'oidc',
      config: {
        authorizationEndpoint: `https://idp-${index}.example.test/authorize`,
        tokenEndpoint: `https://idp-${index}.example.test/token`,
        clientId: `client-${index}`,
        clientSecret: generateStandardSecret(),
        tokenEndpointAuthMethod: 'client_secret_post',
        scope: 'openid profile email',
        idTokenVerificationConfig: { jwksUri: `https://idp-${index}.example.test/jwks` },
      },
      metadata: { target: `workforce-idp-${index}`, name: { en: `Workforce IdP ${index}`, ja: `社内 IdP ${index}` } },
      syncProfile: false,
      enableTokenStorage: false,
      createdAt: Date.now(),
    });
  }
}
