import { z } from 'zod';
import { ApiFailure, guardFailure, invalidInput } from '../lib/errors';
import type { ConnectorType, SignInExperience } from '../types';

/**
 * `PATCH /api/sign-in-exp` takes a top-level partial; each key sent must be complete. Keys the console
 * never edits are accepted as opaque objects; unknown keys are dropped, as Logto's guard does.
 */
const identifier = z.enum(['username', 'email', 'phone']);
const optionalUrl = z.union([z.url(), z.literal('')]).nullable();
const opaque = z.record(z.string(), z.unknown());

const patchSchema = z
  .object({
    color: z.object({ primaryColor: z.string(), isDarkModeEnabled: z.boolean(), darkPrimaryColor: z.string() }),
    branding: z.object({
      logoUrl: z.string().optional(),
      darkLogoUrl: z.string().optional(),
      favicon: z.string().optional(),
      darkFavicon: z.string().optional(),
    }),
    hideLogtoBranding: z.boolean(),
    languageInfo: z.object({ autoDetect: z.boolean(), fallbackLanguage: z.string() }),
    termsOfUseUrl: optionalUrl,
    privacyPolicyUrl: optionalUrl,
    supportEmail: z.union([z.email(), z.literal('')]).nullable(),
    supportWebsiteUrl: optionalUrl,
    unknownSessionRedirectUrl: optionalUrl,
    agreeToTermsPolicy: z.enum(['Automatic', 'ManualRegistrationOnly', 'Manual']),
    signUp: z.object({
      identifiers: z.array(identifier),
      password: z.boolean(),
      verify: z.boolean(),
      secondaryIdentifiers: z.array(opaque).optional(),
    }),
    signIn: z.object({
      methods: z.array(
        z.object({ identifier, password: z.boolean(), verificationCode: z.boolean(), isPasswordPrimary: z.boolean() }),
      ),
    }),
    socialSignIn: z.object({
      automaticAccountLinking: z.boolean().optional(),
      skipRequiredIdentifiers: z.boolean().optional(),
    }),
    socialSignInConnectorTargets: z.array(z.string()),
    signInMode: z.enum(['SignIn', 'Register', 'SignInAndRegister']),
    customCss: z.string().nullable(),
    customContent: z.record(z.string(), z.string()),
    customUiAssets: z.object({ id: z.string(), createdAt: z.number() }).nullable(),
    mfa: z.object({ factors: z.array(z.string()), policy: z.string() }).catchall(z.unknown()),
    singleSignOnEnabled: z.boolean(),
    forgotPasswordMethods: z.array(z.enum(['EmailVerificationCode', 'PhoneVerificationCode'])).nullable(),
    signUpProfileFields: z.array(z.unknown()).nullable(),
    passwordPolicy: opaque,
    customUiCsp: opaque,
    adaptiveMfa: opaque,
    captchaPolicy: opaque,
    sentinelPolicy: opaque,
    emailBlocklistPolicy: opaque,
    verificationCodePolicy: opaque,
    passkeySignIn: opaque,
    passwordExpiration: opaque,
    usernamePolicy: opaque,
  })
  .partial();

export type SignInExperiencePatch = z.infer<typeof patchSchema>;

export function parseSignInExperiencePatch(body: unknown): SignInExperiencePatch {
  const result = patchSchema.safeParse(body, { reportInput: true });
  if (!result.success) throw guardFailure('body', result.error);
  // Open-source Logto refuses this; only Logto Cloud may hide its branding.
  if (result.data.hideLogtoBranding) throw invalidInput('Hide Logto branding is not supported in this environment');
  return result.data;
}

const connectorMissing = (type: 'Email' | 'Sms') =>
  new ApiFailure(400, 'sign_in_experiences.enabled_connector_not_found', { params: { type } });

/** Logto's `validateSignUp`: email/phone need a passwordless connector, username a password, passwordless a verify. */
export function validateSignUp(signUp: SignInExperience['signUp'], connectorTypes: ReadonlySet<ConnectorType>): void {
  for (const id of signUp.identifiers) {
    if (id === 'email' && !connectorTypes.has('Email')) throw connectorMissing('Email');
    if (id === 'phone' && !connectorTypes.has('Sms')) throw connectorMissing('Sms');
    if (id === 'username' && !signUp.password) throw new ApiFailure(400, 'sign_in_experiences.username_requires_password');
    if ((id === 'email' || id === 'phone') && !signUp.verify) {
      throw new ApiFailure(400, 'sign_in_experiences.passwordless_requires_verify');
    }
  }
}

/** Logto's `validateSignIn`, checked only when `signIn` is sent (against the sign-up being saved, or the current one). */
export function validateSignIn(
  signIn: SignInExperience['signIn'],
  signUp: SignInExperience['signUp'],
  connectorTypes: ReadonlySet<ConnectorType>,
): void {
  const { methods } = signIn;
  if (methods.some((method) => method.verificationCode && method.identifier === 'email') && !connectorTypes.has('Email')) {
    throw connectorMissing('Email');
  }
  if (methods.some((method) => method.verificationCode && method.identifier === 'phone') && !connectorTypes.has('Sms')) {
    throw connectorMissing('Sms');
  }
  if (!methods.every((method) => method.password || method.verificationCode)) {
    throw new ApiFailure(400, 'sign_in_experiences.at_least_one_authentication_factor');
  }
  if (
    signUp.verify &&
    !signUp.password &&
    !methods.every((method) => method.verificationCode || method.identifier === 'username')
  ) {
    throw new ApiFailure(400, 'sign_in_experiences.code_sign_in_must_be_enabled');
  }
}
