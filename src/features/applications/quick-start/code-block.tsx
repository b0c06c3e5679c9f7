import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { EyeIcon, EyeOffIcon } from '@/components/ui/icons';
import { SECRET_MASK } from '@/components/ui/secret';
import { hasSecretSlot, renderCode, type CodePart } from './code-parts';
import styles from './quick-start.module.css';

export type CodeSecret = { value: string; revealed: boolean; onToggle: () => void };

/**
 * A titled, copyable code sample. A secret slot shows a fixed mask unless revealed; Copy always
 * writes the real value, because the pasted code has to work.
 */
export function CodeBlock({ title, parts, secret }: { title: string; parts: readonly CodePart[]; secret?: CodeSecret }) {
  const { t } = useTranslation();
  const id = useId();
  const withSlot = hasSecretSlot(parts);
  const revealed = Boolean(secret?.revealed);
  return (
    <figure className={styles.code} aria-labelledby={`${id}-title`}>
      <figcaption className={styles.codeHeader}>
        <span id={`${id}-title`} className={styles.codeTitle}>
          {title}
        </span>
        {withSlot && secret && (
          <Button size="icon" variant="ghost" aria-pressed={revealed} aria-label={revealed ? t('secret.hide') : t('secret.show')} title={revealed ? t('secret.hide') : t('secret.show')} onClick={secret.onToggle}>
            {revealed ? <EyeOffIcon /> : <EyeIcon />}
          </Button>
        )}
        <CopyButton value={renderCode(parts, secret?.value ?? '')} />
      </figcaption>
      <pre className={styles.pre}>
        <code>
          {parts.map((part, index) =>
            typeof part === 'string' ? (
              part
            ) : (
              <span key={index} className={styles.secretSlot}>
                {revealed && secret ? secret.value : SECRET_MASK}
              </span>
            ),
          )}
        </code>
      </pre>
    </figure>
  );
}
