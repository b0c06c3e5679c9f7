import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/api-client';
import { connectorMetadataShape } from './connector-factories';

export const connectorSchema = z.looseObject({
  ...connectorMetadataShape,
  /** The instance id: the `<connector id>` of the redirect URI. */
  id: z.string(),
  /** The factory id, e.g. `alipay-web`. */
  connectorId: z.string(),
  config: z.record(z.string(), z.unknown()),
  metadata: z.optional(z.record(z.string(), z.unknown())),
  syncProfile: z.optional(z.boolean()),
  enableTokenStorage: z.optional(z.boolean()),
  extraInfo: z.optional(z.unknown()),
});
export type Connector = z.infer<typeof connectorSchema>;
export type ConnectorConfig = Connector['config'];

export const connectorKeys = {
  all: ['connectors'] as const,
  detail: (id: string) => [...connectorKeys.all, 'detail', id] as const,
};

export const connectorsQueryOptions = () =>
  queryOptions({
    queryKey: connectorKeys.all,
    queryFn: async ({ signal }) => (await apiRequest('/connectors', { schema: z.array(connectorSchema), signal })).data,
    // Configs hold provider secrets: keep them in memory no longer than a screen needs them.
    gcTime: 60_000,
  });

export const connectorQueryOptions = (id: string) =>
  queryOptions({
    queryKey: connectorKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(`/connectors/${encodeURIComponent(id)}`, { schema: connectorSchema, signal })).data,
    gcTime: 0,
  });

/** `metadata` only for standard connectors (OIDC, OAuth 2.0, SAML): their own target and button name. */
export type StandardConnectorMetadata = { target: string; name: Record<string, string> & { en: string } };

export async function createConnector(input: {
  connectorId: string;
  id?: string;
  config: ConnectorConfig;
  metadata?: StandardConnectorMetadata;
  syncProfile?: boolean;
}) {
  return (await apiRequest('/connectors', { method: 'POST', body: input, schema: connectorSchema })).data;
}

export async function updateConnector(
  id: string,
  input: { config?: ConnectorConfig; metadata?: Record<string, unknown>; syncProfile?: boolean },
) {
  return (await apiRequest(`/connectors/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, schema: connectorSchema }))
    .data;
}

export async function deleteConnector(id: string) {
  await apiRequest(`/connectors/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** `<tenant endpoint>/callback/<connector id>`, as Logto builds it. */
export const connectorRedirectUri = (tenantEndpoint: string, connectorInstanceId: string) =>
  new URL(`/callback/${connectorInstanceId}`, tenantEndpoint).toString();
