import { forwardRef, useState, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { EyeIcon, EyeOffIcon } from './icons';
import { Input, Textarea } from './input';
import { SECRET_MASK } from './secret';
import styles from './secret-textarea.module.css';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & { value: string };

/**
 * A multi-line secret (a PEM private key): masked by default with Show/Hide. A password input
 * cannot hold line breaks, so while masked a read-only field shows a fixed mask and the value is
 * not in the DOM; while typing into an empty field the text stays visible until it loses focus.
 */
export const SecretTextarea = forwardRef<HTMLTextAreaElement, Props>(function SecretTextarea(
  { value, onFocus, onBlur, ...rest },
  ref,
) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const masked = !shown && !editing && value !== '';
  return (
    <span className={styles.wrap}>
      {masked ? (
        <Input readOnly value={SECRET_MASK} title={t('secret.masked')} className={styles.masked} />
      ) : (
        <Textarea
          ref={ref}
          {...rest}
          value={value}
          autoComplete="off"
          spellCheck={false}
          onFocus={(event) => {
            setEditing(true);
            onFocus?.(event);
          }}
          onBlur={(event) => {
            setEditing(false);
            onBlur?.(event);
          }}
        />
      )}
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
    </span>
  );
});
