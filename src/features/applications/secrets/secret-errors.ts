import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/lib/api-error';

/**
 * A duplicate name (422 `application.secret_name_exists`) belongs next to the name field; a 400 about
 * the expiry next to the expiry. Returns false when the error is for the dialog as a whole.
 */
export function placeSecretError<T extends FieldValues & { name: string }>(
  error: unknown,
  form: UseFormReturn<T>,
  expiryField?: Path<T>,
): boolean {
  if (!isApiError(error)) return false;
  if (error.code === 'application.secret_name_exists') {
    form.setError('name' as Path<T>, { message: 'secret_name_exists' });
    return true;
  }
  if (expiryField && error.status === 400 && /expiresAt/.test(`${error.message} ${error.details ?? ''}`)) {
    form.setError(expiryField, { message: error.message });
    return true;
  }
  return false;
}
