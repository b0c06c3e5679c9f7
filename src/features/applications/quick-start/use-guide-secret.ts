import { useQuery } from '@tanstack/react-query';
import { applicationSecretsQueryOptions, isSecretExpired, usableLegacySecret } from '@/api/application-secrets';
import { TYPES_WITH_SECRETS, type Application } from '@/api/applications';

/** The secret a guide fills in: the first one that still works, else an old server's legacy secret. */
export function useGuideSecret(application: Application) {
  const hasSecrets = TYPES_WITH_SECRETS.includes(application.type);
  const query = useQuery({ ...applicationSecretsQueryOptions(application.id), enabled: hasSecrets });
  const current = query.data?.find((secret) => !isSecretExpired(secret));
  const value = current?.value ?? usableLegacySecret(application.secret);
  return { hasSecrets, isPending: hasSecrets && query.isPending, error: query.error, value, name: current?.name };
}
