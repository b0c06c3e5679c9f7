/**
 * Default message templates of the Email/SMS factories: one per Logto usage type. Built here once
 * instead of spelled out nine times in every factory file.
 */
export const usageTypes = [
  'SignIn',
  'Register',
  'ForgotPassword',
  'OrganizationInvitation',
  'Generic',
  'UserPermissionValidation',
  'BindNewIdentifier',
  'MfaVerification',
  'BindMfa',
] as const;

export type UsageType = (typeof usageTypes)[number];

const purposes: Record<UsageType, string> = {
  SignIn: 'sign-in verification code',
  Register: 'sign-up verification code',
  ForgotPassword: 'password change verification code',
  OrganizationInvitation: 'organization invitation code',
  Generic: 'verification code',
  UserPermissionValidation: 'permission validation code',
  BindNewIdentifier: 'new identifier binding code',
  MfaVerification: 'MFA verification code',
  BindMfa: '2-step verification setup code',
};

export const codeMessage = (usageType: UsageType) =>
  `Your Logto ${purposes[usageType]} is {{code}}. The code will remain active for 10 minutes.`;
