import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Dialog } from './dialog';
import { Field } from './field';
import { Input } from './input';

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void | Promise<unknown>;
  isPending?: boolean;
  variant?: 'danger' | 'primary';
  /** When set, the admin must type this text (e.g. the app's name) before confirming. */
  confirmationText?: string;
  confirmationLabel?: ReactNode;
};

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  // Set in the click itself: `isPending` from a mutation arrives a render later, after a double
  // click's second click has already fired (tests/e2e/abuse/double-submit.spec.ts). It ends when the
  // returned promise settles, when the caller's `isPending` goes back to false, or when the dialog closes.
  const [confirming, setConfirming] = useState(false);
  const [seen, setSeen] = useState({ pending: props.isPending, open: props.open });
  if (seen.pending !== props.isPending || seen.open !== props.open) {
    setSeen({ pending: props.isPending, open: props.open });
    if (!props.isPending || !props.open) setConfirming(false);
  }
  const confirm = () => {
    if (confirming || props.isPending) return;
    setConfirming(true);
    const result = props.onConfirm();
    if (result instanceof Promise) void result.catch(() => undefined).finally(() => setConfirming(false));
  };
  const needsText = props.confirmationText !== undefined;
  const blocked = needsText && typed !== props.confirmationText;

  const onOpenChange = (open: boolean) => {
    if (!open) setTyped('');
    props.onOpenChange(open);
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={onOpenChange}
      title={props.title}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>{t('actions.cancel')}</Button>
          <Button
            variant={props.variant ?? 'danger'}
            disabled={blocked}
            isLoading={props.isPending || confirming}
            onClick={confirm}
          >
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      {props.children}
      {needsText && (
        <Field label={props.confirmationLabel}>
          <Input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
        </Field>
      )}
    </Dialog>
  );
}
