import { useId } from 'react';
import styles from './preview.module.css';

export type PreviewOption<T extends string> = { value: T; label: string; lang?: string };

/** A small segmented control made of native radios: arrow keys move between options for free. */
export function PreviewOptionGroup<T extends string>(props: {
  label: string;
  value: T;
  options: PreviewOption<T>[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className={styles.group}>
      <span id={`${id}-label`} className={styles.groupLabel}>
        {props.label}
      </span>
      <span className={styles.segmented}>
        {props.options.map((option) => (
          <label key={option.value} className={styles.segment} lang={option.lang}>
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </span>
    </div>
  );
}
