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
            isLoading={props.isPending}
            onClick={() => void props.onConfirm()}
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
