import { z } from 'zod/mini';
import type { ValidationCode } from '../shared/validation';

export const EXPIRY_CHOICES = ['7', '30', '180', '365', 'never'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];
export const DEFAULT_EXPIRY: ExpiryChoice = '180';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `expiresAt` for the API: an absolute time in ms, or nothing for a secret that never expires. */
export function toExpiresAt(choice: ExpiryChoice, now = Date.now()): number | undefined {
  return choice === 'never' ? undefined : now + Number(choice) * DAY_MS;
}

export const SECRET_NAME_MAX_LENGTH = 256;

export const secretNameSchema = z
  .string()
  .check(
    z.refine((value) => value.trim().length > 0, 'secret_name_required' satisfies ValidationCode),
    z.refine((value) => value.trim().length <= SECRET_NAME_MAX_LENGTH, 'secret_name_too_long' satisfies ValidationCode),
  );

export const addSecretSchema = z.object({ name: secretNameSchema, expiry: z.enum(EXPIRY_CHOICES) });
export type AddSecretValues = z.infer<typeof addSecretSchema>;

export const renameSecretSchema = z.object({ name: secretNameSchema });
export type RenameSecretValues = z.infer<typeof renameSecretSchema>;
