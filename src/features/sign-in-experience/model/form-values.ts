import type { SignInExperience, SignInExperiencePatch } from '@/api/sign-in-experience';
import { deepEqual } from './deep-equal';
import { keepConfigured, type SocialTarget } from './social-targets';
import { ensureSignInMethods, signUpFor, toSignUpChoice, type SignUpChoice } from './sign-up-identifier';

/** What the admin edits on the "Sign-up and sign-in" tab. */
export type SignInFormValues = {
  signUp: SignUpChoice;
  socialTargets: string[];
  automaticAccountLinking: boolean;
  /** The inverse of `socialSignIn.skipRequiredIdentifiers`, worded the way admins think of it. */
  collectIdentifier: boolean;
};

/** The top-level keys this tab owns; a save sends only those that changed. */
export const OWNED_KEYS = ['signUp', 'signIn', 'socialSignInConnectorTargets', 'socialSignIn'] as const;
export type OwnedKey = (typeof OWNED_KEYS)[number];
export type SignInCandidate = Pick<SignInExperience, OwnedKey>;

type Available = ReadonlyMap<string, SocialTarget>;

export function toFormValues(server: SignInExperience, available: Available): SignInFormValues {
  return {
    signUp: toSignUpChoice(server.signUp.identifiers),
    socialTargets: keepConfigured(server.socialSignInConnectorTargets, available),
    automaticAccountLinking: server.socialSignIn?.automaticAccountLinking ?? false,
    collectIdentifier: !(server.socialSignIn?.skipRequiredIdentifiers ?? false),
  };
}

/**
 * The four keys as they would be saved. The preview renders this same object and the PATCH is its
 * difference from the stored one, so what the admin sees is what gets saved.
 */
export function toCandidate(server: SignInExperience, values: SignInFormValues, available: Available): SignInCandidate {
  const stored = toFormValues(server, available);
  const signUpChanged = values.signUp !== stored.signUp;
  const signUp = signUpChanged ? signUpFor(values.signUp, server.signUp) : server.signUp;
  const socialTargets = keepConfigured(values.socialTargets, available);
  // The two options are shown only while a button is chosen: a change the admin can no longer see is not sent.
  const socialChanged =
    socialTargets.length > 0 &&
    (values.automaticAccountLinking !== stored.automaticAccountLinking || values.collectIdentifier !== stored.collectIdentifier);
  return {
    signUp,
    signIn: signUpChanged ? ensureSignInMethods(server.signIn, signUp) : server.signIn,
    socialSignInConnectorTargets: socialTargets,
    socialSignIn: socialChanged
      ? {
          ...server.socialSignIn,
          automaticAccountLinking: values.automaticAccountLinking,
          skipRequiredIdentifiers: !values.collectIdentifier,
        }
      : server.socialSignIn,
  };
}

/** Only the top-level keys whose value differs from what is stored (nested objects go whole). */
export function toPatch(server: SignInExperience, candidate: SignInCandidate, available: Available): SignInExperiencePatch {
  const baseline = toCandidate(server, toFormValues(server, available), available);
  const patch: SignInExperiencePatch = {};
  for (const key of OWNED_KEYS) {
    if (!deepEqual(candidate[key], baseline[key])) Object.assign(patch, { [key]: candidate[key] });
  }
  return patch;
}
