import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { CheckIcon, CopyIcon } from './icons';
import { announce } from './live-region';

/**
 * Copies `value` and announces "Copied" without echoing the value, so a copied secret
 * never reaches the page text or a screen reader's speech.
 */
export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      announce(t('copy.done'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 1500);
    } catch {
      announce(t('copy.failed'));
    }
  };

  return (
    <Button size="icon" variant="ghost" onClick={copy} aria-label={label ?? t('copy.action')} title={label ?? t('copy.action')}>
      {copied ? <CheckIcon /> : <CopyIcon />}
    </Button>
  );
}
