import type { FormItemType } from '@/api/connector-form-items';
import { MultiSelectField, SelectField, SwitchField } from './choice-fields';
import type { Renderer } from './field-props';
import { JsonField, MultilineTextField, TextField } from './text-fields';
import { UnsupportedField } from './unsupported-field';

/**
 * One renderer per descriptor type. The mapped type makes this object fail the type check as
 * soon as `FormItem` gains a type without a renderer here.
 */
export const renderers: { [K in FormItemType]: Renderer<K> } = {
  Text: TextField,
  Number: TextField,
  MultilineText: MultilineTextField,
  Switch: SwitchField,
  Select: SelectField,
  MultiSelect: MultiSelectField,
  Json: JsonField,
  unsupported: UnsupportedField,
};
