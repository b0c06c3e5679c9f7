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
