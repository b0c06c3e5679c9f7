import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { InfoTooltip } from '@/components/ui/tooltip';
import type { FieldText } from '../field-text';

/** Label, required mark, tooltip, description and error around one control. */
export function FieldFrame({ text, required, error, children }: {
  text: FieldText;
  required: boolean;
  error: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation('connectors');
  return (
    <Field
      label={text.label}
      description={text.description}
      error={error}
      required={required}
      labelAside={text.tooltip ? <InfoTooltip content={text.tooltip} label={t('form.tooltip_label', { label: text.label })} /> : undefined}
    >
      {children}
    </Field>
  );
}

/** The control value as text, whatever react-hook-form holds. */
export const textValue = (value: unknown) => (typeof value === 'string' ? value : '');
