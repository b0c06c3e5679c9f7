import { z } from 'zod/mini';
import type { Application, UpdateApplicationInput } from '@/api/applications';
import { applicationDescriptionSchema, applicationNameSchema } from '../create/create-schema';
import { cleanUriList, toUriEntries, uriListProblems, type UriEntry } from '../shared/redirect-uris';


/** One row list of URIs, checked as a whole so duplicates can be found. */
export const uriListSchema = (options: { allowCustomScheme?: boolean } = {}) =>
  z.array(z.object({ value: z.string() })).check(
    z.superRefine((entries, ctx) => {
      for (const [index, code] of uriListProblems(entries, options)) {
        ctx.addIssue({ code: 'custom', message: code, path: [index, 'value'], input: entries[index]?.value });
      }
    }),
  );

export const settingsSchema = (options: { allowCustomScheme?: boolean }) =>
  z.object({
    name: applicationNameSchema,
    description: applicationDescriptionSchema,
    redirectUris: uriListSchema(options),
    postLogoutRedirectUris: uriListSchema(options),
  });

export type SettingsValues = {
  name: string;
  description: string;
  redirectUris: UriEntry[];
  postLogoutRedirectUris: UriEntry[];
};

export const toSettingsValues = (application: Application): SettingsValues => ({
  name: application.name,
  description: application.description ?? '',
  redirectUris: toUriEntries(application.oidcClientMetadata.redirectUris),
  postLogoutRedirectUris: toUriEntries(application.oidcClientMetadata.postLogoutRedirectUris),
});

/**
 * PATCH replaces JSON objects whole, so `oidcClientMetadata` goes out complete: every key the server
 * sent (loose schema) plus both URI lists. `rows` maps each sent URI back to its form row.
 */
export function toSettingsPayload(values: SettingsValues, application: Application) {
  const redirect = cleanUriList(values.redirectUris);
  const postLogout = cleanUriList(values.postLogoutRedirectUris);
  const description = values.description.trim();
  const payload: UpdateApplicationInput = {
    name: values.name.trim(),
    description: description || null,
    oidcClientMetadata: {
      ...application.oidcClientMetadata,
      redirectUris: redirect.uris,
      postLogoutRedirectUris: postLogout.uris,
    },
  };
  return { payload, rows: { redirectUris: redirect.rows, postLogoutRedirectUris: postLogout.rows } };
}
