import { useId } from 'react';
import styles from './segmented-control.module.css';

export type SegmentedOption<T extends string> = { value: T; label: string; lang?: string };

/**
 * A segmented control made of native radios: arrow keys, focus and screen-reader roles come from
 * the browser, with no script of ours (and none of Radix's) in the initial download.
 */
export function SegmentedControl<T extends string>(props: {
  /** The group's accessible name. */
  label: string;
  /** Show the label above the options; otherwise it is only announced. */
  showLabel?: boolean;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className={styles.group}>
      <span id={`${id}-label`} className={props.showLabel ? styles.label : 'visually-hidden'}>
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
