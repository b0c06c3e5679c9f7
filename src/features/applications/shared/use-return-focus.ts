import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The shared Dialog gives focus back to what opened it. Two cases need more, and this covers them: a
 * flow of several dialogs (catalogue → form), whose last dialog was opened from a card that is gone,
 * and a dialog whose opener is removed (the row of a deleted secret), which falls back to `fallback`.
 * It remembers what had focus when `open` turned true and restores it when `open` turns false.
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
