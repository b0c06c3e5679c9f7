import { http } from 'msw';
import { z } from 'zod';
import { db } from '../db';
import { ApiFailure, entityNotFound, guardFailure, invalidInput } from '../lib/errors';
import { json, noContent, param, readJsonBody, route } from '../lib/http';
import { generateInternalSecret, generateStandardSecret, internalSecretPrefix } from '../lib/ids';
import type { StoredSecret } from '../types';
import { requireApplication, toApplicationResponse } from './views';

/** App secrets: named, unique per app, optionally expiring in the future (fixtures 020-030). */
const secretName = z.string().min(1).max(256);
const createSchema = z.object({ name: secretName, expiresAt: z.number().nullable().optional() });
const renameSchema = z.object({ name: secretName });

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body, { reportInput: true });
  if (!result.success) throw guardFailure('body', result.error);
  return result.data;
}

const secretsOf = (applicationId: string) => db.secrets.filter((secret) => secret.applicationId === applicationId);

function requireSecret(applicationId: string, name: string): StoredSecret {
  const secret = db.secrets.find((candidate) => candidate.applicationId === applicationId && candidate.name === name);
  if (!secret) throw entityNotFound();
  return secret;
}

function assertNameFree(applicationId: string, name: string): void {
  if (secretsOf(applicationId).some((secret) => secret.name === name)) {
    throw new ApiFailure(422, 'application.secret_name_exists');
  }
}

export const secretHandlers = [
  http.get(
    '*/api/applications/:id/secrets',
    route(({ request, params }) => {
      const { id } = requireApplication(param(params, 'id'));
      return json(request, secretsOf(id));
    }),
  ),

  http.post(
    '*/api/applications/:id/secrets',
    route(
      async ({ request, params }) => {
        const { id } = requireApplication(param(params, 'id'));
        const { name, expiresAt } = parseBody(createSchema, await readJsonBody(request));
        if (expiresAt && expiresAt <= Date.now()) throw invalidInput('The value of `expiresAt` must be in the future.');
        assertNameFree(id, name);
        const secret: StoredSecret = {
          tenantId: 'default',
          applicationId: id,
          name,
          value: generateStandardSecret(),
          createdAt: Date.now(),
          expiresAt: expiresAt ?? null,
        };
        db.secrets.push(secret);
        return json(request, secret, { status: 201 });
      },
      { mutates: true },
    ),
  ),

  http.patch(
    '*/api/applications/:id/secrets/:name',
    route(
      async ({ request, params }) => {
        const { id } = requireApplication(param(params, 'id'));
        const { name } = parseBody(renameSchema, await readJsonBody(request));
        const secret = requireSecret(id, param(params, 'name'));
        if (name !== secret.name) assertNameFree(id, name);
        secret.name = name;
        return json(request, secret);
      },
      { mutates: true },
    ),
  ),

  http.delete(
    '*/api/applications/:id/secrets/:name',
    route(
      ({ params }) => {
        const { id } = requireApplication(param(params, 'id'));
        const secret = requireSecret(id, param(params, 'name'));
        db.secrets = db.secrets.filter((candidate) => candidate !== secret);
        return noContent();
      },
      { mutates: true },
    ),
  ),

  // Retires a pre-1.x `applications.secret` after migration; apps created through the API have none (fixture 029).
  http.delete(
    '*/api/applications/:id/legacy-secret',
    route(
      ({ request, params }) => {
        const application = requireApplication(param(params, 'id'));
        if (!application.secret || application.secret.startsWith(internalSecretPrefix)) {
          throw new ApiFailure(400, 'application.no_legacy_secret_found');
        }
        application.secret = generateInternalSecret();
        return json(request, toApplicationResponse(application));
      },
      { mutates: true },
    ),
  ),
];
