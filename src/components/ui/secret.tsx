import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { CopyButton } from './copy-button';
import { EyeIcon, EyeOffIcon } from './icons';
import { Input } from './input';
import styles from './misc.module.css';

/** Fixed length on purpose: the mask must not reveal how long the secret is. */
export const SECRET_MASK = '••••••••••••••••';

/**
 * A stored secret: masked by default, with Show/Hide and Copy. While masked the value is not in
 * the DOM at all, so neither a screenshot nor the accessibility tree can read it.
 */
export function SecretValue({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <span className={styles.copyable}>
      <span className={styles.mono} aria-label={shown ? undefined : t('secret.masked')}>
        {shown ? value : SECRET_MASK}
      </span>
      <Button
        size="icon"
        variant="ghost"
        aria-label={shown ? t('secret.hide') : t('secret.show')}
        title={shown ? t('secret.hide') : t('secret.show')}
        aria-pressed={shown}
        onClick={() => setShown((current) => !current)}
      >
        {shown ? <EyeOffIcon /> : <EyeIcon />}
      </Button>
      <CopyButton value={value} {...(label ? { label } : {})} />
    </span>
  );
}

/** A secret being typed: a password input with a Show/Hide toggle. */
export const SecretInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function SecretInput(
  props,
  ref,
) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <span style={{ display: 'flex', gap: 'var(--space-1)', alignItems: 'center' }}>
      <Input ref={ref} {...props} type={shown ? 'text' : 'password'} autoComplete="off" spellCheck={false} />
      <Button
        size="icon"
        variant="ghost"
        aria-label={shown ? t('secret.hide') : t('secret.show')}
        aria-pressed={shown}
        onClick={() => setShown((current) => !current)}
      >
        {shown ? <EyeOffIcon /> : <EyeIcon />}
      </Button>
    </span>
  );
});

/** A value shown in full with a copy button (App ID, Connector ID, redirect URI). */
export function CopyableText({ value, label }: { value: string; label?: string }) {
  return (
    <span className={styles.copyable}>
      <span className={styles.mono}>{value}</span>
      <CopyButton value={value} {...(label ? { label } : {})} />
    </span>
  );
}
