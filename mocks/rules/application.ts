import { z } from 'zod';
import { guardFailure, issuesFailure, ApiFailure } from '../lib/errors';
import type { LogtoIssue } from '../lib/issues';
import { applicationTypes, type ApplicationType, type OidcClientMetadata } from '../types';

/**
 * Request bodies of `POST` / `PATCH /api/applications`, after Logto's `applicationCreateGuard` and
 * `applicationPatchGuard`. Unknown keys are dropped silently (zod's default), which is also how a PATCH
 * that tries to change `type` ends up: the type stays what it was.
 */
const oidcClientMetadata = z.object({
  redirectUris: z.array(z.string()),
  postLogoutRedirectUris: z.array(z.string()),
  backchannelLogoutUri: z.string().optional(),
  backchannelLogoutSessionRequired: z.boolean().optional(),
  logoUri: z.string().optional(),
});

const customClientMetadata = z.object({
  corsAllowedOrigins: z.array(z.string()).optional(),
  idTokenTtl: z.number().optional(),
  refreshTokenTtl: z.number().optional(),
  refreshTokenTtlInDays: z.number().int().min(1).max(90).optional(),
  tenantId: z.string().optional(),
  alwaysIssueRefreshToken: z.boolean().optional(),
  rotateRefreshToken: z.boolean().optional(),
  allowTokenExchange: z.boolean().optional(),
});

const editableFields = {
  name: z.string().min(1).max(256),
  description: z.string().nullable().optional(),
  customClientMetadata: customClientMetadata.optional(),
  customData: z.record(z.string(), z.unknown()).optional(),
  isThirdParty: z.boolean().optional(),
};

const createSchema = z.object({
  ...editableFields,
  type: z.enum(applicationTypes),
  oidcClientMetadata: oidcClientMetadata.optional(),
  protectedAppMetadata: z.object({ subDomain: z.string(), origin: z.string() }).optional(),
});

const patchSchema = z
  .object({ ...editableFields, oidcClientMetadata: oidcClientMetadata.partial().optional(), isAdmin: z.boolean().optional() })
  .partial();

export type ApplicationCreate = z.infer<typeof createSchema>;
export type ApplicationPatch = z.infer<typeof patchSchema>;

const webUri = (uri: string) => {
  if (!/^https?:\/\//i.test(uri)) return false;
  return URL.canParse(uri);
};
// Native apps may also use a reverse-domain custom scheme such as `io.acme.mobile://callback`.
const nativeUri = (uri: string) => webUri(uri) || /^[a-z][\d+\-_a-z]*(\.[\d+\-_a-z]+)+:\/\/?\S*$/i.test(uri);

/** Redirect URIs must be absolute http(s) URLs for web apps (fixture 034); Native apps also take custom schemes. */
function redirectUriIssues(type: ApplicationType, metadata: Partial<OidcClientMetadata> | undefined): LogtoIssue[] {
  const isValid = type === 'Native' ? nativeUri : webUri;
  const issues: LogtoIssue[] = [];
  for (const key of ['redirectUris', 'postLogoutRedirectUris'] as const) {
    (metadata?.[key] ?? []).forEach((uri, index) => {
      if (!isValid(uri)) issues.push({ code: 'custom', message: 'Invalid input', path: ['oidcClientMetadata', key, index] });
    });
  }
  return issues;
}

export function parseApplicationCreate(body: unknown): ApplicationCreate {
  const result = createSchema.safeParse(body, { reportInput: true });
  if (!result.success) throw guardFailure('body', result.error);
  const input = result.data;
  const uriIssues = redirectUriIssues(input.type, input.oidcClientMetadata);
  if (uriIssues.length > 0) throw issuesFailure('guard.invalid_input', uriIssues, { type: 'body' });
  // SAML apps live behind their own API in Logto; this endpoint refuses them.
  if (input.type === 'SAML') throw new ApiFailure(400, 'application.saml.use_saml_app_api');
  if (input.type === 'Protected' && !input.protectedAppMetadata) {
    throw new ApiFailure(400, 'application.protected_app_metadata_is_required');
  }
  if (input.isThirdParty && input.type !== 'Traditional') {
    throw new ApiFailure(400, 'application.invalid_third_party_application_type');
  }
  return input;
}

export function parseApplicationPatch(body: unknown, type: ApplicationType): ApplicationPatch {
  const result = patchSchema.safeParse(body, { reportInput: true });
  if (!result.success) throw guardFailure('body', result.error);
  const uriIssues = redirectUriIssues(type, result.data.oidcClientMetadata);
  if (uriIssues.length > 0) throw issuesFailure('guard.invalid_input', uriIssues, { type: 'body' });
  return result.data;
}

/** Fills what a client left out, as Logto's `buildOidcClientMetadata` does. */
export const completeOidcClientMetadata = (metadata: Partial<OidcClientMetadata> | undefined): OidcClientMetadata => ({
  ...metadata,
  redirectUris: metadata?.redirectUris ?? [],
  postLogoutRedirectUris: metadata?.postLogoutRedirectUris ?? [],
});
