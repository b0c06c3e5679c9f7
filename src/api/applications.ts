import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { DEFAULT_PAGE_SIZE, fetchPage } from '@/lib/pagination';
import type { Application, ApplicationType, OidcClientMetadata } from './applications.schemas';

export type { Application, ApplicationType, OidcClientMetadata } from './applications.schemas';

// Fetched in parallel with the first request rather than before the first paint.
const schemas = () => import('./applications.schemas');
const applicationSchema = () => schemas().then((module) => module.applicationSchema);

/** Types whose apps authenticate with an App Secret (and get a "Default secret" on creation). */
export const TYPES_WITH_SECRETS: readonly ApplicationType[] = ['Traditional', 'MachineToMachine', 'Protected'];

export type ApplicationListParams = { page: number; pageSize?: number; search?: string };

export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: ApplicationListParams) => [...applicationKeys.lists(), params] as const,
  detail: (id: string) => [...applicationKeys.all, 'detail', id] as const,
};

/**
 * Logto's `search` is a SQL `like`: the wildcards are ours to add, and the admin's own `%`, `_` and `\`
 * are escaped (Postgres's default escape is `\`), so "Partner_Portal" finds only that name.
 */
export const toSearchParam = (term: string | undefined) => {
  const trimmed = term?.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, '\\$&')}%` : undefined;
};

export const applicationListQueryOptions = (params: ApplicationListParams) =>
  queryOptions({
    queryKey: applicationKeys.list(params),
    queryFn: ({ signal }) =>
      fetchPage('/applications', schemas().then((module) => module.applicationListSchema), {
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
      (await apiRequest(`/applications/${encodeURIComponent(id)}`, { schema: applicationSchema(), signal })).data,
  });

export type CreateApplicationInput = {
  name: string;
  type: ApplicationType;
  description?: string;
  oidcClientMetadata?: OidcClientMetadata;
};

export async function createApplication(input: CreateApplicationInput) {
  return (await apiRequest('/applications', { method: 'POST', body: input, schema: applicationSchema() })).data;
}

export type UpdateApplicationInput = Partial<Pick<Application, 'name' | 'description' | 'oidcClientMetadata'>>;

export async function updateApplication(id: string, input: UpdateApplicationInput) {
  return (
    await apiRequest(`/applications/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, schema: applicationSchema() })
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
