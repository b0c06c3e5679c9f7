import { forwardRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { fieldStyles, useFieldControlProps } from './field';

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, ...rest },
  ref,
) {
  const fieldProps = useFieldControlProps(rest.required);
  return <input ref={ref} className={[fieldStyles.input, className].filter(Boolean).join(' ')} {...fieldProps} {...rest} />;
});

export const Textarea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function Textarea(
  { className, ...rest },
  ref,
) {
  const fieldProps = useFieldControlProps(rest.required);
  return (
    <textarea
      ref={ref}
      className={[fieldStyles.input, fieldStyles.textarea, className].filter(Boolean).join(' ')}
      {...fieldProps}
      {...rest}
    />
  );
});
