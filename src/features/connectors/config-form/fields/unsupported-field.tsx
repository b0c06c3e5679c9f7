import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldRendererProps } from './field-props';
import { useFieldControlProps } from '@/components/ui/field';
import { FieldFrame } from './field-frame';
import styles from './fields.module.css';

const display = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/**
 * A descriptor type Torii does not know: shown read-only, and its value stays in the form
 * untouched so saving sends it back exactly as stored.
 */
export function UnsupportedField({ item, name, text, secret, control }: FieldRendererProps<Extract<FieldRendererProps['item'], { type: 'unsupported' }>>) {
  const { t } = useTranslation('connectors');
  const { field } = useController({ name, control });
  const notice = t('form.unsupported', { type: item.originalType });
  let content = t('form.unsupported_empty');
  if (field.value !== undefined) content = secret ? t('form.value_hidden') : display(field.value);
  return (
    <FieldFrame text={{ ...text, description: [text.description, notice].filter(Boolean).join(' ') }} required={false} error={undefined}>
      <ReadonlyValue>{content}</ReadonlyValue>
    </FieldFrame>
  );
}

/** Inside the Field so the label names it. */
function ReadonlyValue({ children }: { children: string }) {
  const { id, 'aria-describedby': describedBy } = useFieldControlProps();
  return (
    <output id={id} aria-describedby={describedBy} className={styles.readonly}>
      {children}
    </output>
  );
}
