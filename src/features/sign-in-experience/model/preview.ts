import type { SignInCandidate } from './form-values';
import { connectorDisplayName, type SocialTarget } from './social-targets';

export type PreviewButton = { target: string; name: string; logo: string; logoDark: string | null };

/** The identifier input of the sign-in page, named after every identifier it accepts. */
export type PreviewField = 'username' | 'email' | 'phone' | 'email_or_phone' | 'username_or_email' | 'username_or_phone' | 'any';

export type PreviewModel = { field: PreviewField | null; password: boolean; buttons: PreviewButton[] };

const FIELDS: Record<string, PreviewField> = {
  username: 'username',
  email: 'email',
  phone: 'phone',
  'email+phone': 'email_or_phone',
  'email+username': 'username_or_email',
  'phone+username': 'username_or_phone',
  'email+phone+username': 'any',
};

/**
 * What the end user's page shows, read from the candidate the save sends (never from the form directly).
 * Logto draws the sign-in form from the sign-in methods, not from the sign-up identifiers: "Not
 * applicable" keeps username sign-in unless the methods change, and the preview must say so.
 */
export function buildPreview(candidate: SignInCandidate, available: ReadonlyMap<string, SocialTarget>, language: string): PreviewModel {
  const buttons: PreviewButton[] = [];
  for (const target of candidate.socialSignInConnectorTargets) {
    const item = available.get(target);
    if (!item) continue;
    const { connector } = item;
    buttons.push({ target, name: connectorDisplayName(connector, language), logo: connector.logo, logoDark: connector.logoDark ?? null });
  }
  const { methods } = candidate.signIn;
  const key = [...new Set(methods.map((method) => method.identifier))].sort().join('+');
  // A password box on the first screen only when every method signs in with a password first.
  const password = methods.length > 0 && methods.every((method) => method.password && method.isPasswordPrimary);
  return { field: FIELDS[key] ?? null, password, buttons };
}
