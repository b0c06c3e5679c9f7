import { Dialog as RadixDialog } from 'radix-ui';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import styles from './dialog.module.css';
import { CloseIcon } from './icons';

export type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: 'default' | 'wide' | 'sheet';
  /** Where focus goes on close when the element that opened the dialog is gone or now disabled. */
  fallbackFocus?: () => HTMLElement | null | undefined;
};

/** A modal with a title, optional description, body and footer. Focus is trapped and Escape closes it. */
export function Dialog({ open, onOpenChange, title, description, children, footer, size = 'default', fallbackFocus }: DialogProps) {
  const { t } = useTranslation();
  const sizeClass = size === 'default' ? '' : styles[size];
  // Radix gives focus back only to a Dialog.Trigger; ours open from state, so remember what had focus.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content
          className={[styles.content, sizeClass].filter(Boolean).join(' ')}
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={() => {
            returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(event) => {
            const opener = returnFocusTo.current;
            const usable = (element: HTMLElement | null | undefined): element is HTMLElement =>
              Boolean(element?.isConnected && !element.matches(':disabled'));
            const target = usable(opener) ? opener : fallbackFocus?.();
            // Only when focus has nowhere to be: a dialog opening in this one's place keeps its own.
            const focusLost = document.activeElement === null || document.activeElement === document.body;
            if (usable(target) && focusLost) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <div className={styles.header}>
            <div>
              <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
              {description && <RadixDialog.Description className={styles.description}>{description}</RadixDialog.Description>}
            </div>
            <RadixDialog.Close asChild>
              <Button variant="ghost" size="icon" aria-label={t('actions.close')}>
                <CloseIcon />
              </Button>
            </RadixDialog.Close>
          </div>
          {children && <div className={styles.body}>{children}</div>}
          {footer && <div className={styles.footer}>{footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
