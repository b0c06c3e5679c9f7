import { isApiError } from '@/lib/api-error';

/** Where a failed save is shown: at the control it concerns, or above the form. */
export type SaveErrorField = 'signUp' | 'social' | 'form';

export function saveErrorField(error: unknown): SaveErrorField {
  if (!isApiError(error) || error.status !== 400) return 'form';
  // Logto's sign-up and sign-in rules (a missing Email/SMS connector, a sign-up identifier without a
  // sign-in method, a username without a password) all answer with this prefix.
  if (error.code?.startsWith('sign_in_experiences.')) return 'signUp';
  const paths = error.detailLines().map((line) => line.path);
  if (paths.some((path) => path.startsWith('social'))) return 'social';
  if (paths.some((path) => path.startsWith('signUp') || path.startsWith('signIn'))) return 'signUp';
  return 'form';
}

export const isMissingConnectorError = (error: unknown) =>
  isApiError(error) && error.code === 'sign_in_experiences.enabled_connector_not_found';
