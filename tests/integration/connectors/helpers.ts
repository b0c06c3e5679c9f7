import { generateKeyPairSync } from 'node:crypto';
import { configure } from '@testing-library/react';
import { http } from 'msw';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';

// Lazy route chunks, locale files and the embedded API answer asynchronously; on a shared, busy
// machine the default 1 s for findBy/waitFor is too tight. Vitest isolates files, so this stays here.
configure({ asyncUtilTimeout: 5000 });

/** A real RSA key for this run (PKCS#8 and PKCS#1 PEM); nothing secret is checked in. */
export function testKeys() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    pkcs8: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pkcs1: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  };
}

/** Puts a configured connector straight into the embedded API's store. */
export function seedConnector(id: string, connectorId: string, config: Record<string, unknown>) {
  db.connectors.push({ id, connectorId, config, metadata: {}, syncProfile: false, enableTokenStorage: false, createdAt: Date.now() });
}

export const seedPatreon = (id = 'patreon00001') =>
  seedConnector(id, 'patreon-universal', { clientId: 'client-1', clientSecret: 'secret-1', scope: 'identity identity[email]' });

export const seedTargets = (...targets: string[]) => {
  db.signInExperience.socialSignInConnectorTargets = targets;
};

/** Records every request body sent to `method path`, then lets the embedded API answer. */
export function spyOnBodies(method: 'post' | 'patch', path: string) {
  const bodies: unknown[] = [];
  server.use(
    http[method](`*/api${path}`, async ({ request }) => {
      bodies.push(await request.clone().json());
      return undefined;
    }),
  );
  return bodies;
}
