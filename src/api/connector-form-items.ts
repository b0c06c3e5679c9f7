import { z } from 'zod/mini';

/**
 * A factory's `formItems`, parsed at the API boundary into a discriminated union on `type`
 * (the shape of Logto's connector-kit `ConnectorConfigFormItem`). Anything the console does not
 * understand becomes an explicit `unsupported` item instead of vanishing, so its stored value
 * can be shown and kept on save.
 */

const showConditionSchema = z.object({ targetKey: z.string(), expectValue: z.optional(z.unknown()) });
export type ShowCondition = z.infer<typeof showConditionSchema>;

const baseShape = {
  key: z.string().check(z.minLength(1)),
  label: z._default(z.string(), ''),
  placeholder: z.optional(z.string()),
  required: z.optional(z.boolean()),
  defaultValue: z.optional(z.unknown()),
  description: z.optional(z.string()),
  tooltip: z.optional(z.string()),
  isConfidential: z.optional(z.boolean()),
  isDevFeature: z.optional(z.boolean()),
  showConditions: z.optional(z.array(showConditionSchema)),
};

const selectItemSchema = z.object({ value: z.string(), title: z.optional(z.string()) });
export type SelectItem = z.infer<typeof selectItemSchema>;

const textItem = z.object({ ...baseShape, type: z.literal('Text') });
const multilineTextItem = z.object({ ...baseShape, type: z.literal('MultilineText') });
const numberItem = z.object({ ...baseShape, type: z.literal('Number') });
const switchItem = z.object({ ...baseShape, type: z.literal('Switch') });
const selectItem = z.object({ ...baseShape, type: z.literal('Select'), selectItems: z.array(selectItemSchema) });
const multiSelectItem = z.object({ ...baseShape, type: z.literal('MultiSelect'), selectItems: z.array(selectItemSchema) });
const jsonItem = z.object({ ...baseShape, type: z.literal('Json') });

const knownFormItemSchema = z.discriminatedUnion('type', [
  textItem,
  multilineTextItem,
  numberItem,
  switchItem,
  selectItem,
  multiSelectItem,
  jsonItem,
]);
export type KnownFormItem = z.infer<typeof knownFormItemSchema>;

/** A descriptor whose `type` (or shape) this console does not know. */
export type UnsupportedFormItem = {
  type: 'unsupported';
  key: string;
  label: string;
  /** What the server sent as `type`, for the read-only notice. */
  originalType: string;
  description?: string | undefined;
};

export type FormItem = KnownFormItem | UnsupportedFormItem;
export type FormItemType = FormItem['type'];

const looseKeySchema = z.looseObject({ key: z.string().check(z.minLength(1)) });

function toUnsupported(raw: unknown): UnsupportedFormItem | null {
  const keyed = looseKeySchema.safeParse(raw);
  // Without a key there is no config value to keep, so there is nothing to show either.
  if (!keyed.success) return null;
  const record = keyed.data as Record<string, unknown>;
  return {
    type: 'unsupported',
    key: keyed.data.key,
    label: typeof record.label === 'string' && record.label ? record.label : keyed.data.key,
    originalType: typeof record.type === 'string' ? record.type : typeof record.type,
    description: typeof record.description === 'string' ? record.description : undefined,
  };
}

/** Parses every descriptor on its own: one odd item never hides the rest of the form. */
export function parseFormItems(raw: readonly unknown[] | undefined | null): FormItem[] {
  const items: FormItem[] = [];
  const seen = new Set<string>();
  for (const entry of raw ?? []) {
    const parsed = knownFormItemSchema.safeParse(entry);
    const item = parsed.success ? parsed.data : toUnsupported(entry);
    // A duplicated key would render two controls for one config value; the first one wins.
    if (!item || seen.has(item.key)) continue;
    seen.add(item.key);
    items.push(item);
  }
  return items;
}

/** `formItems` as the API layer hands them out: raw JSON in, parsed union out. */
export const formItemsSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((raw) => parseFormItems(raw)),
);
