import type { SignInExperience, SignUpIdentifier } from '@/api/sign-in-experience';

type SignUp = SignInExperience['signUp'];
type SignIn = SignInExperience['signIn'];
type SignInMethod = SignIn['methods'][number];

/** The five choices an admin sees; `none` is "Not applicable", for social-only sign-up. */
export const SIGN_UP_CHOICES = ['username', 'email', 'phone', 'emailOrPhone', 'none'] as const;
export type SignUpChoice = (typeof SIGN_UP_CHOICES)[number];

const IDENTIFIERS: Record<SignUpChoice, SignUpIdentifier[]> = {
  username: ['username'],
  email: ['email'],
  phone: ['phone'],
  emailOrPhone: ['email', 'phone'],
  none: [],
};

export const identifiersOf = (choice: SignUpChoice): SignUpIdentifier[] => IDENTIFIERS[choice];

/** Reads the stored identifiers back as a choice. Combinations Torii does not offer map to their first identifier. */
export function toSignUpChoice(identifiers: readonly SignUpIdentifier[]): SignUpChoice {
  const set = new Set(identifiers);
  if (set.size === 0) return 'none';
  if (set.has('email') && set.has('phone')) return 'emailOrPhone';
  return identifiers[0] === 'email' ? 'email' : identifiers[0] === 'phone' ? 'phone' : 'username';
}

/** Which connector type a choice depends on: Logto sends verification codes through it. */
export function requiredConnectorTypes(choice: SignUpChoice): ('Email' | 'Sms')[] {
  const identifiers = IDENTIFIERS[choice];
  return [
    ...(identifiers.includes('email') ? (['Email'] as const) : []),
    ...(identifiers.includes('phone') ? (['Sms'] as const) : []),
  ];
}

/**
 * The sign-up object Logto accepts for a choice: a username needs a password; email and phone are
 * verified with a code; "Not applicable" is `{identifiers: [], password: false, verify: false}`.
 * Other keys of the stored object are kept, because nested objects must be sent complete.
 */
export function signUpFor(choice: SignUpChoice, previous: SignUp): SignUp {
  if (choice === 'none') return { ...previous, identifiers: [], password: false, verify: false };
  if (choice === 'username') return { ...previous, identifiers: ['username'], password: true, verify: false };
  return { ...previous, identifiers: [...IDENTIFIERS[choice]], password: true, verify: true };
}

/**
 * Logto refuses a sign-up identifier that cannot also sign in, a password sign-up without password
 * sign-in, and a code-only sign-up without code sign-in. Add or widen the matching methods; never
 * remove one, since admins may let users sign in by means they cannot sign up with.
 */
export function ensureSignInMethods(signIn: SignIn, signUp: SignUp): SignIn {
  const methods: SignInMethod[] = [...signIn.methods];
  const needsCode = signUp.verify && !signUp.password;
  for (const identifier of signUp.identifiers) {
    const canReceiveCode = identifier !== 'username';
    const index = methods.findIndex((method) => method.identifier === identifier);
    const existing = methods[index];
    if (!existing) {
      methods.push({
        identifier,
        password: signUp.password || !canReceiveCode,
        verificationCode: canReceiveCode && (signUp.verify || needsCode),
        isPasswordPrimary: true,
      });
      continue;
    }
    methods[index] = {
      ...existing,
      password: existing.password || signUp.password,
      verificationCode: existing.verificationCode || (canReceiveCode && needsCode),
    };
  }
  return { ...signIn, methods };
}
