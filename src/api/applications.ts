import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/api-client';
import { DEFAULT_PAGE_SIZE, fetchPage } from '@/lib/pagination';

export const APPLICATION_TYPES = ['Native', 'SPA', 'Traditional', 'MachineToMachine', 'Protected', 'SAML'] as const;
export const applicationTypeSchema = z.enum(APPLICATION_TYPES);
export type ApplicationType = z.infer<typeof applicationTypeSchema>;

/** Types whose apps authenticate with an App Secret (and get a "Default secret" on creation). */
export const TYPES_WITH_SECRETS: readonly ApplicationType[] = ['Traditional', 'MachineToMachine', 'Protected'];

// Loose objects: unknown keys survive a round trip, because PATCH replaces JSON objects whole.
export const oidcClientMetadataSchema = z.looseObject({
  redirectUris: z.array(z.string()),
  postLogoutRedirectUris: z.array(z.string()),
});
export type OidcClientMetadata = z.infer<typeof oidcClientMetadataSchema>;

export const applicationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.nullable(z.optional(z.string())),
  type: applicationTypeSchema,
  oidcClientMetadata: oidcClientMetadataSchema,
  customClientMetadata: z.optional(z.record(z.string(), z.unknown())),
  isThirdParty: z.optional(z.boolean()),
  createdAt: z.number(),
  tenantId: z.optional(z.string()),
  /** Legacy servers only. A value starting with `#internal:` is not a usable secret. */
  secret: z.optional(z.string()),
  isAdmin: z.optional(z.boolean()),
});
export type Application = z.infer<typeof applicationSchema>;

export type ApplicationListParams = { page: number; pageSize?: number; search?: string };

export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: ApplicationListParams) => [...applicationKeys.lists(), params] as const,
  detail: (id: string) => [...applicationKeys.all, 'detail', id] as const,
};

/** Logto's `search` is a SQL `like`: the wildcards are ours to add. */
export const toSearchParam = (term: string | undefined) => {
  const trimmed = term?.trim();
  return trimmed ? `%${trimmed}%` : undefined;
};

export const applicationListQueryOptions = (params: ApplicationListParams) =>
  queryOptions({
    queryKey: applicationKeys.list(params),
    queryFn: ({ signal }) =>
      fetchPage('/applications', applicationSchema, {
        page: params.page,
        pageSize: params.pageSize ?? DEFAULT_PAGE_SIZE,
        query: { search: toSearchParam(params.search) },
        signal,
      }),
  });

export const applicationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(`/applications/${encodeURIComponent(id)}`, { schema: applicationSchema, signal })).data,
  });

export type CreateApplicationInput = {
  name: string;
  type: ApplicationType;
  description?: string;
  oidcClientMetadata?: OidcClientMetadata;
};

export async function createApplication(input: CreateApplicationInput) {
  return (await apiRequest('/applications', { method: 'POST', body: input, schema: applicationSchema })).data;
}

export type UpdateApplicationInput = Partial<Pick<Application, 'name' | 'description' | 'oidcClientMetadata'>>;

export async function updateApplication(id: string, input: UpdateApplicationInput) {
  return (
    await apiRequest(`/applications/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, schema: applicationSchema })
  ).data;
}

export async function deleteApplication(id: string) {
  await apiRequest(`/applications/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Types that sign users in through a browser redirect, so they carry redirect URIs. */
export const TYPES_WITH_REDIRECT_URIS: readonly ApplicationType[] = ['Traditional', 'SPA', 'Native'];

/** Types an admin can create from the catalogue (SAML and Protected need their own APIs and metadata). */
export const CREATABLE_TYPES = ['Traditional', 'SPA', 'Native', 'MachineToMachine'] as const satisfies readonly ApplicationType[];
export type CreatableApplicationType = (typeof CREATABLE_TYPES)[number];
