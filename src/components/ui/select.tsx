import { Select as RadixSelect } from 'radix-ui';
import type { ReactNode } from 'react';
import { useFieldControlProps } from './field';
import { CheckIcon, ChevronDownIcon } from './icons';
import styles from './select.module.css';

export type SelectOption = { value: string; label: ReactNode };

export function Select(props: {
  value: string | undefined;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  placeholder?: ReactNode;
  'aria-label'?: string;
  disabled?: boolean;
  name?: string;
}) {
  const fieldProps = useFieldControlProps();
  return (
    <RadixSelect.Root value={props.value} onValueChange={props.onValueChange} disabled={props.disabled} name={props.name}>
      <RadixSelect.Trigger className={styles.trigger} aria-label={props['aria-label']} {...fieldProps}>
        <RadixSelect.Value placeholder={props.placeholder} />
        <RadixSelect.Icon>
          <ChevronDownIcon />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className={styles.content} position="popper" sideOffset={4}>
          <RadixSelect.Viewport className={styles.viewport}>
            {props.options.map((option) => (
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
