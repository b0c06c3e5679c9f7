import { z } from 'zod/mini';
import type { CreatableApplicationType, CreateApplicationInput } from '@/api/applications';
import type { ValidationCode } from '../shared/validation';

export const NAME_MAX_LENGTH = 256;

// Same limits as Logto (name 1..256); a name of spaces only is refused here, the server would keep it.
export const applicationNameSchema = z
  .string()
  .check(
    z.refine((value) => value.trim().length > 0, 'name_required' satisfies ValidationCode),
    z.refine((value) => value.trim().length <= NAME_MAX_LENGTH, 'name_too_long' satisfies ValidationCode),
  );

export const DESCRIPTION_MAX_LENGTH = 2048;

// The settings form's limit: without it a 1 MB paste was sent and stored (tests/e2e/abuse/oversized-input.spec.ts).
export const applicationDescriptionSchema = z
  .string()
  .check(z.maxLength(DESCRIPTION_MAX_LENGTH, 'description_too_long' satisfies ValidationCode));

export const createApplicationSchema = z.object({
  name: applicationNameSchema,
  description: applicationDescriptionSchema,
});
export type CreateApplicationValues = z.infer<typeof createApplicationSchema>;

export const emptyCreateValues: CreateApplicationValues = { name: '', description: '' };

export function toCreatePayload(values: CreateApplicationValues, type: CreatableApplicationType): CreateApplicationInput {
  const description = values.description.trim();
  return { name: values.name.trim(), type, ...(description ? { description } : {}) };
}
