import type { ComponentType } from 'react';
import type { Control } from 'react-hook-form';
import type { FormItem, FormItemType } from '@/api/connector-form-items';
import type { FieldText } from '../field-text';
import type { ConfigFormValues } from '../form-values';

/** What every field renderer gets: its descriptor (narrowed to its type), its form field and its words. */
export type FieldRendererProps<T extends FormItem = FormItem> = {
  item: T;
  /** The react-hook-form field name (see `fieldName`). */
  name: string;
  text: FieldText;
  required: boolean;
  secret: boolean;
  control: Control<ConfigFormValues>;
};

export type Renderer<K extends FormItemType> = ComponentType<FieldRendererProps<Extract<FormItem, { type: K }>>>;
