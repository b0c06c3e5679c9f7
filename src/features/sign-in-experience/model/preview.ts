import type { SignInCandidate } from './form-values';
import { connectorDisplayName, type SocialTarget } from './social-targets';
import { toSignUpChoice, type SignUpChoice } from './sign-up-identifier';

export type PreviewButton = { target: string; name: string; logo: string; logoDark: string | null };
export type PreviewModel = { identifier: SignUpChoice; buttons: PreviewButton[] };

/** What the end user's page shows, read from the candidate the save sends (never from the form directly). */
export function buildPreview(candidate: SignInCandidate, available: ReadonlyMap<string, SocialTarget>, language: string): PreviewModel {
  const buttons: PreviewButton[] = [];
  for (const target of candidate.socialSignInConnectorTargets) {
    const item = available.get(target);
    if (!item) continue;
    const { connector } = item;
    buttons.push({ target, name: connectorDisplayName(connector, language), logo: connector.logo, logoDark: connector.logoDark ?? null });
  }
  return { identifier: toSignUpChoice(candidate.signUp.identifiers), buttons };
}
