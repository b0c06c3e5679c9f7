import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/api-client';
import { applicationKeys } from './applications';

export const applicationSecretSchema = z.looseObject({
  tenantId: z.optional(z.string()),
  applicationId: z.string(),
  name: z.string(),
  value: z.string(),
  createdAt: z.number(),
  expiresAt: z.nullable(z.number()),
});
export type ApplicationSecret = z.infer<typeof applicationSecretSchema>;

const secretsPath = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}/secrets`;
const secretPath = (applicationId: string, name: string) => `${secretsPath(applicationId)}/${encodeURIComponent(name)}`;

export const applicationSecretKeys = {
  list: (applicationId: string) => [...applicationKeys.detail(applicationId), 'secrets'] as const,
};

export const applicationSecretsQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: applicationSecretKeys.list(applicationId),
    queryFn: async ({ signal }) =>
      (await apiRequest(secretsPath(applicationId), { schema: z.array(applicationSecretSchema), signal })).data,
    // Secret values live in memory only, and only while someone looks at them.
    gcTime: 0,
  });

export async function createApplicationSecret(applicationId: string, input: { name: string; expiresAt?: number }) {
  return (await apiRequest(secretsPath(applicationId), { method: 'POST', body: input, schema: applicationSecretSchema }))
    .data;
}

export async function renameApplicationSecret(applicationId: string, name: string, newName: string) {
  return (
    await apiRequest(secretPath(applicationId, name), {
      method: 'PATCH',
      body: { name: newName },
      schema: applicationSecretSchema,
    })
  ).data;
}

export async function deleteApplicationSecret(applicationId: string, name: string) {
  await apiRequest(secretPath(applicationId, name), { method: 'DELETE' });
}

/** Removes the legacy `applications.secret` of older servers (the one not in the secrets table). */
export async function deleteLegacyApplicationSecret(applicationId: string) {
  await apiRequest(`/applications/${encodeURIComponent(applicationId)}/legacy-secret`, { method: 'DELETE' });
}

/** Logto stores `#internal:…` placeholders in the legacy column; they are not secrets anyone can use. */
export const INTERNAL_SECRET_PREFIX = '#internal:';

/** The legacy secret worth showing, or undefined when there is none or it is an internal placeholder. */
export function usableLegacySecret(secret: string | undefined): string | undefined {
  return secret && !secret.startsWith(INTERNAL_SECRET_PREFIX) ? secret : undefined;
}

export const isSecretExpired = (secret: Pick<ApplicationSecret, 'expiresAt'>, now = Date.now()) =>
  secret.expiresAt !== null && secret.expiresAt <= now;
