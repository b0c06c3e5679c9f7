import { Tooltip as RadixTooltip } from 'radix-ui';
import type { ReactNode } from 'react';
import { InfoIcon } from './icons';
import styles from './misc.module.css';

/** An info icon that explains a field on hover and on keyboard focus. */
export function InfoTooltip({ content, label }: { content: ReactNode; label: string }) {
  return (
    <RadixTooltip.Provider delayDuration={200}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>
          <button type="button" className={styles.tooltipTrigger} aria-label={label}>
            <InfoIcon />
          </button>
        </RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content className={styles.tooltip} sideOffset={4}>
            {content}
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
