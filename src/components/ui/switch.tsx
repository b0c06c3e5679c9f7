import { Switch as RadixSwitch } from 'radix-ui';
import { useFieldControlProps } from './field';
import styles from './switch.module.css';

export function Switch(props: {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  'aria-label'?: string;
  'aria-describedby'?: string;
  disabled?: boolean;
  id?: string;
}) {
  const fieldProps = useFieldControlProps();
  return (
    <RadixSwitch.Root
      className={styles.root}
      checked={props.checked}
      onCheckedChange={props.onCheckedChange}
      disabled={props.disabled}
      aria-label={props['aria-label']}
      {...fieldProps}
      {...(props.id ? { id: props.id } : {})}
      {...(props['aria-describedby'] ? { 'aria-describedby': props['aria-describedby'] } : {})}
    >
      <RadixSwitch.Thumb className={styles.thumb} />
    </RadixSwitch.Root>
  );
}
