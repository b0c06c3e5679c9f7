import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Our dialogs open from state, not from a Radix trigger, and Radix then has no element to give focus
 * back to on close. This remembers what had focus when `open` turned true and restores it when it turns
 * false (or `fallback`, when the opener is gone, e.g. the row of a deleted secret).
 */
export function useReturnFocus(open: boolean, fallback?: RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);

  // Layout effect: runs before Radix moves focus into the dialog (in a passive effect).
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);

  // Passive effect: runs after the dialog's focus trap has been torn down.
  useEffect(() => {
    if (open || !opener.current) return;
    const target = opener.current.isConnected ? opener.current : fallback?.current;
    opener.current = null;
    target?.focus();
  }, [open, fallback]);
}
