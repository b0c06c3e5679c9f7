import { useController, type Control } from 'react-hook-form';
import { Input, Textarea } from '@/components/ui/input';
import { SecretInput } from '@/components/ui/secret';
import { SecretTextarea } from '@/components/ui/secret-textarea';
import type { ConfigFormValues } from '../form-values';
import type { FieldRendererProps } from './field-props';
import { FieldFrame, textValue } from './field-frame';
import styles from './fields.module.css';

type Of<K extends FieldRendererProps['item']['type']> = FieldRendererProps<Extract<FieldRendererProps['item'], { type: K }>>;

/** The props every text control takes from its react-hook-form field. */
function useTextControl(name: string, control: Control<ConfigFormValues>) {
  const { field, fieldState } = useController({ name, control });
  const props = {
    name: field.name,
    ref: field.ref,
    value: textValue(field.value),
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value),
    onBlur: field.onBlur,
  };
  return { props, error: fieldState.error?.message };
}

export function TextField({ item, name, text, required, secret, control }: Of<'Text' | 'Number'>) {
  const { props, error } = useTextControl(name, control);
  const common = { ...props, placeholder: text.placeholder, required };
  return (
    <FieldFrame text={text} required={required} error={error}>
      {secret ? (
        <SecretInput {...common} />
      ) : (
        <Input {...common} autoComplete="off" spellCheck={false} inputMode={item.type === 'Number' ? 'decimal' : undefined} />
      )}
    </FieldFrame>
  );
}

export function MultilineTextField({ name, text, required, secret, control }: Of<'MultilineText'>) {
  const { props, error } = useTextControl(name, control);
  const common = { ...props, placeholder: text.placeholder, required, spellCheck: false };
  return (
    <FieldFrame text={text} required={required} error={error}>
      {secret ? <SecretTextarea {...common} rows={8} className={styles.code} /> : <Textarea {...common} rows={3} />}
    </FieldFrame>
  );
}

export function JsonField({ name, text, required, control }: Of<'Json'>) {
  const { props, error } = useTextControl(name, control);
  return (
    <FieldFrame text={text} required={required} error={error}>
      <Textarea {...props} placeholder={text.placeholder ?? '{ }'} required={required} rows={6} spellCheck={false} className={styles.code} />
    </FieldFrame>
  );
}
