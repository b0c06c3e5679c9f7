import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '@/lib/api-client';

export const signUpIdentifierSchema = z.enum(['username', 'email', 'phone']);
export type SignUpIdentifier = z.infer<typeof signUpIdentifierSchema>;

export const signUpSchema = z.looseObject({
  identifiers: z.array(signUpIdentifierSchema),
  password: z.boolean(),
  verify: z.boolean(),
});

export const signInMethodSchema = z.looseObject({
  identifier: signUpIdentifierSchema,
  password: z.boolean(),
  verificationCode: z.boolean(),
  isPasswordPrimary: z.boolean(),
});

export const signInExperienceSchema = z.looseObject({
  id: z.optional(z.string()),
  signUp: signUpSchema,
  signIn: z.looseObject({ methods: z.array(signInMethodSchema) }),
  /** Targets, not connector ids; the order is the order of the buttons. */
  socialSignInConnectorTargets: z.array(z.string()),
  socialSignIn: z.optional(
    z.looseObject({
      automaticAccountLinking: z.optional(z.boolean()),
      skipRequiredIdentifiers: z.optional(z.boolean()),
    }),
  ),
});
export type SignInExperience = z.infer<typeof signInExperienceSchema>;
export type SignInExperiencePatch = Partial<SignInExperience>;

export const signInExperienceKeys = { all: ['sign-in-exp'] as const };

export const signInExperienceQueryOptions = () =>
  queryOptions({
    queryKey: signInExperienceKeys.all,
    queryFn: async ({ signal }) => (await apiRequest('/sign-in-exp', { schema: signInExperienceSchema, signal })).data,
  });

export async function updateSignInExperience(patch: SignInExperiencePatch) {
  return (await apiRequest('/sign-in-exp', { method: 'PATCH', body: patch, schema: signInExperienceSchema })).data;
}
