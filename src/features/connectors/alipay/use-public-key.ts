import { useEffect, useMemo, useState } from 'react';
import { checkPrivateKeyPem, type ParsedPrivateKey } from './pem';
import { derivePublicKey } from './rsa-keys';

type Derived = { source: Uint8Array; publicKey: string | null };

/**
 * The Alipay-format public key of whatever private key the field holds, derived in the browser.
 * Nothing is cached beyond this component: the key material lives only in the form.
 */
export function usePublicKey(value: string): { key: ParsedPrivateKey | null; publicKey: string | null; failed: boolean } {
  const key = useMemo(() => {
    if (!value.trim()) return null;
    const result = checkPrivateKeyPem(value);
    return result.ok ? result.key : null;
  }, [value]);
  const [derived, setDerived] = useState<Derived | null>(null);

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    derivePublicKey(key.pkcs8).then(
      (publicKey) => !cancelled && setDerived({ source: key.pkcs8, publicKey }),
      () => !cancelled && setDerived({ source: key.pkcs8, publicKey: null }),
    );
    return () => {
      cancelled = true;
    };
  }, [key]);

  const current = key && derived?.source === key.pkcs8 ? derived : null;
  return { key, publicKey: current?.publicKey ?? null, failed: current !== null && current.publicKey === null };
}
