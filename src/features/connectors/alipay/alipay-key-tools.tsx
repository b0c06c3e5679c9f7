import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Callout } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import type { ConfigForm } from '../config-form/use-config-form';
import styles from './alipay.module.css';
import { generateAlipayKeyPair } from './rsa-keys';
import { usePublicKey } from './use-public-key';

/**
 * Below Alipay's private key: "Generate key pair" (Web Crypto, RSA 2048) and the public key in the
 * shape Alipay's console wants, for a generated key and for a pasted one alike.
 */
export function AlipayKeyTools({ name, form }: { name: string; form: ConfigForm }) {
  const { t } = useTranslation('connectors');
  const raw: unknown = useWatch({ control: form.control, name });
  const value = typeof raw === 'string' ? raw : '';
  const { key, publicKey, failed } = usePublicKey(value);
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'generating' | 'generated' | 'failed'>('idle');

  const generate = async () => {
    setConfirming(false);
    setState('generating');
    try {
      const pair = await generateAlipayKeyPair();
      form.setValue(name, pair.privateKeyPem, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      form.clearErrors(name);
      setState('generated');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className={styles.tools}>
      <div className={styles.row}>
        <Button isLoading={state === 'generating'} onClick={() => (value.trim() ? setConfirming(true) : void generate())}>
          {t('alipay_key.generate')}
        </Button>
        {key && <span className={styles.summary}>{t('alipay_key.summary', { bits: key.bits, format: key.format === 'pkcs1' ? 'PKCS#1' : 'PKCS#8' })}</span>}
      </div>
      {state === 'generated' && <Callout tone="success" role="status">{t('alipay_key.generated')}</Callout>}
      {state === 'failed' && <Callout tone="danger" role="alert">{t('alipay_key.generate_failed')}</Callout>}
      {failed && <Callout tone="warning">{t('alipay_key.derive_failed')}</Callout>}
      {publicKey && (
        <Field label={t('alipay_key.public_key')} description={t('alipay_key.public_key_hint')}>
          <div className={styles.publicKey}>
            <Textarea readOnly value={publicKey} rows={5} className={styles.mono} />
            <CopyButton value={publicKey} />
          </div>
        </Field>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('alipay_key.regenerate_title')}
        confirmLabel={t('alipay_key.regenerate_confirm')}
        variant="primary"
        onConfirm={generate}
      >
        <p>{t('alipay_key.regenerate_body')}</p>
      </ConfirmDialog>
    </div>
  );
}
