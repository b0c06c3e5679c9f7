import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import type { FieldRendererProps } from './field-props';
import { FieldFrame, textValue } from './field-frame';
import styles from './fields.module.css';

type Of<K extends FieldRendererProps['item']['type']> = FieldRendererProps<Extract<FieldRendererProps['item'], { type: K }>>;

export function SelectField({ item, name, text, required, control }: Of<'Select'>) {
  const { t } = useTranslation('connectors');
  const { field, fieldState } = useController({ name, control });
  const value = textValue(field.value);
  return (
    <FieldFrame text={text} required={required} error={fieldState.error?.message}>
      <Select
        name={field.name}
        value={value || undefined}
        onValueChange={field.onChange}
        placeholder={text.placeholder ?? t('form.select_placeholder')}
        // An optional choice, once made, can be taken back.
        {...(required ? {} : { noneLabel: t('form.select_none') })}
        options={item.selectItems.map((option) => ({ value: option.value, label: option.title ?? option.value }))}
      />
    </FieldFrame>
  );
}

export function SwitchField({ name, text, control }: Of<'Switch'>) {
  const { field } = useController({ name, control });
  return (
    <FieldFrame text={text} required={false} error={undefined}>
      <Switch checked={field.value === true} onCheckedChange={field.onChange} />
    </FieldFrame>
  );
}

/** A checkbox group: a fieldset whose legend is the field's label. */
export function MultiSelectField({ item, name, text, required, control }: Of<'MultiSelect'>) {
  const id = useId();
  const { field, fieldState } = useController({ name, control });
  const selected = Array.isArray(field.value) ? field.value.filter((entry): entry is string => typeof entry === 'string') : [];
  const toggle = (value: string, on: boolean) =>
    field.onChange(on ? [...selected, value] : selected.filter((entry) => entry !== value));
  const error = fieldState.error?.message;
  const describedBy = [text.description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset className={styles.checkboxGroup} aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
      <legend className={styles.legend}>
        {text.label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            *
          </span>
        )}
      </legend>
      <div className={styles.checkboxes}>
        {item.selectItems.map((option) => (
          <label key={option.value} className={styles.checkbox}>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={field.onBlur}
            />
            {option.title ?? option.value}
          </label>
        ))}
      </div>
      {text.description && (
        <p id={`${id}-description`} className={styles.hint}>
          {text.description}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
