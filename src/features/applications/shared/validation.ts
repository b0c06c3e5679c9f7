import { useTranslation } from 'react-i18next';

/**
 * Schemas carry short codes instead of sentences; the form shows them in the admin's language.
 * Anything else (a server's own message) is shown as it came, already localised by Accept-Language.
 */
export const VALIDATION_CODES = [
  'name_required',
  'name_too_long',
  'description_too_long',
  'uri_invalid',
  'uri_not_http',
  'uri_invalid_native',
  'uri_has_fragment',
  'uri_duplicate',
  'secret_name_required',
  'secret_name_too_long',
  'secret_name_exists',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

const isValidationCode = (message: string): message is ValidationCode =>
  (VALIDATION_CODES as readonly string[]).includes(message);

export function useValidationMessage() {
  const { t } = useTranslation('applications');
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    return isValidationCode(message) ? t(`validation.${message}`) : message;
  };
}
