import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/api-client';
import { formItemsSchema } from './connector-form-items';

export const connectorTypeSchema = z.enum(['Social', 'Email', 'Sms']);
export type ConnectorType = z.infer<typeof connectorTypeSchema>;

/** `{ en, ja?, ... }`: `en` is always there; other languages are optional. */
export const i18nTextSchema = z.looseObject({ en: z.string() });
export type I18nText = z.infer<typeof i18nTextSchema>;

/** The fields a factory and a configured connector share. */
export const connectorMetadataShape = {
  type: connectorTypeSchema,
  target: z.string(),
  platform: z.nullable(z.optional(z.enum(['Web', 'Native', 'Universal']))),
  isStandard: z.optional(z.boolean()),
  isDemo: z.optional(z.boolean()),
  name: i18nTextSchema,
  description: i18nTextSchema,
  logo: z.string(),
  logoDark: z.nullable(z.optional(z.string())),
  readme: z.optional(z.string()),
  configTemplate: z.optional(z.string()),
  // Parsed here, at the boundary, into the discriminated union of connector-form-items.ts.
  formItems: z.optional(formItemsSchema),
  isTokenStorageSupported: z.optional(z.boolean()),
};

export const connectorFactorySchema = z.looseObject({ id: z.string(), ...connectorMetadataShape });
export type ConnectorFactory = z.infer<typeof connectorFactorySchema>;

export const connectorFactoryKeys = {
  all: ['connector-factories'] as const,
  detail: (id: string) => [...connectorFactoryKeys.all, id] as const,
};

export const connectorFactoriesQueryOptions = () =>
  queryOptions({
    queryKey: connectorFactoryKeys.all,
    queryFn: async ({ signal }) =>
      (await apiRequest('/connector-factories', { schema: z.array(connectorFactorySchema), signal })).data,
    staleTime: 5 * 60_000,
  });

export const connectorFactoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: connectorFactoryKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(`/connector-factories/${encodeURIComponent(id)}`, { schema: connectorFactorySchema, signal }))
        .data,
    staleTime: 5 * 60_000,
  });

/** The current locale's entry, falling back to English. */
export const localizedText = (text: I18nText, language: string): string => {
  const value = (text as Record<string, unknown>)[language];
  return typeof value === 'string' && value ? value : text.en;
};
