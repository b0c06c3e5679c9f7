import { createContext, useContext, useId, type ReactNode } from 'react';
import styles from './field.module.css';

type FieldIds = { controlId: string; descriptionId: string; errorId: string; hasError: boolean; hasDescription: boolean };
const FieldContext = createContext<FieldIds | null>(null);

/** Wires a label, a description and an error to the control inside, for screen readers and tests alike. */
export function Field(props: {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Extra content beside the label, e.g. a tooltip trigger. */
  labelAside?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const ids: FieldIds = {
    controlId: `${id}-control`,
    descriptionId: `${id}-description`,
    errorId: `${id}-error`,
    hasError: Boolean(props.error),
    hasDescription: Boolean(props.description),
  };
  return (
    <FieldContext.Provider value={ids}>
      <div className={[styles.field, props.className].filter(Boolean).join(' ')}>
        <label className={styles.label} htmlFor={ids.controlId}>
          {props.label}
          {props.required && (
            <span className={styles.required} aria-hidden="true">
              *
            </span>
          )}
          {props.labelAside}
        </label>
        {props.children}
        {props.description && (
          <p id={ids.descriptionId} className={styles.description}>
            {props.description}
          </p>
        )}
        {props.error && (
          <p id={ids.errorId} className={styles.error} role="alert">
            {props.error}
          </p>
        )}
      </div>
    </FieldContext.Provider>
  );
}

/** Props for the control inside a `Field`: id, aria-invalid, aria-describedby. */
export function useFieldControlProps(required?: boolean) {
  const ids = useContext(FieldContext);
  if (!ids) return {};
  const describedBy = [ids.hasDescription && ids.descriptionId, ids.hasError && ids.errorId].filter(Boolean).join(' ');
  return {
    id: ids.controlId,
    'aria-invalid': ids.hasError || undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': required || undefined,
  };
}

export const fieldStyles = styles;
