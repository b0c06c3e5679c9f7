import { usableLegacySecret, type ApplicationSecret } from '@/api/application-secrets';
import type { Application } from '@/api/applications';

export type SecretRow = {
  key: string;
  /** The API name (path segment for rename/delete); empty for the legacy secret. */
  name: string;
  legacy: boolean;
  value: string;
  createdAt: number | null;
  expiresAt: number | null;
};

/** The table's rows: the secrets list, plus an old server's legacy secret unless it is an `#internal:` placeholder. */
export function toSecretRows(application: Application, secrets: readonly ApplicationSecret[]): SecretRow[] {
  const rows: SecretRow[] = secrets.map((secret) => ({
    key: `secret:${secret.name}`,
    name: secret.name,
    legacy: false,
    value: secret.value,
    createdAt: secret.createdAt,
    expiresAt: secret.expiresAt,
  }));
  const legacy = usableLegacySecret(application.secret);
  if (legacy) rows.unshift({ key: 'legacy', name: '', legacy: true, value: legacy, createdAt: null, expiresAt: null });
  return rows;
}
