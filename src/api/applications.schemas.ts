import { z } from 'zod/mini';

/*
 * The zod schemas of applications, kept apart from the fetchers in applications.ts: those import this
 * module lazily, so the list's first request starts before the schema code has arrived.
 */

export const APPLICATION_TYPES = ['Native', 'SPA', 'Traditional', 'MachineToMachine', 'Protected', 'SAML'] as const;
export const applicationTypeSchema = z.enum(APPLICATION_TYPES);
export type ApplicationType = z.infer<typeof applicationTypeSchema>;

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

export const applicationListSchema = z.array(applicationSchema);
