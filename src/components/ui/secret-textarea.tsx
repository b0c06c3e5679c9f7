import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
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
 * The masked field still takes a new value without showing the old one: a paste replaces the secret
 * (and stays masked), and a key typed there starts it over.
 */
export const SecretTextarea = forwardRef<HTMLTextAreaElement, Props>(function SecretTextarea(
  { value, onFocus, onBlur, onChange, ...rest },
  ref,
) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const [focusTextarea, setFocusTextarea] = useState(false);
  const masked = !shown && !editing && value !== '';
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const maskRef = useRef<HTMLInputElement>(null);
  // react-hook-form focuses the field with an error through this: whichever of the two is on screen.
  useImperativeHandle(ref, () => (masked ? maskRef.current : textareaRef.current) as HTMLTextAreaElement, [masked]);
  useEffect(() => {
    if (!focusTextarea) return;
    setFocusTextarea(false);
    const textarea = textareaRef.current;
    textarea?.focus();
    // After the key that started it over: keep typing from there.
    textarea?.setSelectionRange(textarea.value.length, textarea.value.length);
  }, [focusTextarea]);

  const replaceWith = (next: string) => onChange?.({ target: { value: next } } as ChangeEvent<HTMLTextAreaElement>);
  return (
    <span className={styles.wrap}>
      {masked ? (
        <Input
          ref={maskRef}
          readOnly
          value={SECRET_MASK}
          title={t('secret.masked')}
          className={styles.masked}
          onPaste={(event) => {
            event.preventDefault();
            replaceWith(event.clipboardData.getData('text'));
          }}
          onKeyDown={(event) => {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            const starts = event.key.length === 1 ? event.key : event.key === 'Backspace' || event.key === 'Delete' ? '' : null;
            if (starts === null) return;
            event.preventDefault();
            replaceWith(starts);
            setEditing(true);
            setFocusTextarea(true);
          }}
        />
      ) : (
        <Textarea
          ref={textareaRef}
          onChange={onChange}
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
