import { Select as RadixSelect } from 'radix-ui';
import type { ReactNode } from 'react';
import { useFieldControlProps } from './field';
import { CheckIcon, ChevronDownIcon } from './icons';
import styles from './select.module.css';

export type SelectOption = { value: string; label: ReactNode };

// Radix Select refuses an item whose value is '', so "no value" travels under this key inside the
// component and leaves it as ''.
const NONE = '\u0000none';

export function Select(props: {
  value: string | undefined;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  placeholder?: ReactNode;
  /** For an optional choice: the label of a first item that clears it (the value becomes ''). */
  noneLabel?: ReactNode;
  'aria-label'?: string;
  disabled?: boolean;
  name?: string;
}) {
  const fieldProps = useFieldControlProps();
  const clearable = props.noneLabel !== undefined;
  const options = clearable ? [{ value: NONE, label: props.noneLabel }, ...props.options] : props.options;
  // A clearable select always shows a choice, "None" included; an empty one shows its placeholder.
  const value = clearable ? props.value || NONE : props.value;
  return (
    <RadixSelect.Root
      value={value}
      onValueChange={(next) => props.onValueChange(next === NONE ? '' : next)}
      disabled={props.disabled}
      name={props.name}
    >
      <RadixSelect.Trigger className={styles.trigger} aria-label={props['aria-label']} {...fieldProps}>
        <RadixSelect.Value placeholder={props.placeholder} />
        <RadixSelect.Icon>
          <ChevronDownIcon />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className={styles.content} position="popper" sideOffset={4}>
          <RadixSelect.Viewport className={styles.viewport}>
            {options.map((option) => (
              <RadixSelect.Item key={option.value} value={option.value} className={styles.item}>
                <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                <RadixSelect.ItemIndicator>
                  <CheckIcon />
                </RadixSelect.ItemIndicator>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
