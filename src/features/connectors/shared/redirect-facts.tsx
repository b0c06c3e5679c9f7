import { useTranslation } from 'react-i18next';
import { connectorRedirectUri } from '@/api/connectors';
import { CopyableText } from '@/components/ui/secret';
import { getConsoleConfig } from '@/lib/console-config';
import styles from './shared.module.css';

export const redirectUriFor = (id: string) => connectorRedirectUri(getConsoleConfig().tenantEndpoint, id);

/**
 * "Redirect URI" first (what the admin pastes at the provider), then "Connector ID", both copyable;
 * a standard connector (OIDC, OAuth 2.0) also shows the target it was given, which cannot change.
 */
export function RedirectFacts({ id, description, target }: { id: string; description?: string; target?: string | undefined }) {
  const { t } = useTranslation('connectors');
  const { t: tCommon } = useTranslation();
  // Two or three Copy buttons side by side: each says what it copies.
  const copyLabel = (name: string) => tCommon('copy.named', { name });
  return (
    <div className={styles.factsBlock}>
      <dl className={styles.facts}>
        <dt>{t('fields.redirect_uri')}</dt>
        <dd>
          <CopyableText value={redirectUriFor(id)} label={copyLabel(t('fields.redirect_uri'))} />
        </dd>
        <dt>{t('fields.connector_id')}</dt>
        <dd>
          <CopyableText value={id} label={copyLabel(t('fields.connector_id'))} />
        </dd>
        {target && (
          <>
            <dt>{t('create.standard.target')}</dt>
            <dd>
              <CopyableText value={target} label={copyLabel(t('create.standard.target'))} />
            </dd>
          </>
        )}
      </dl>
      {description && <p className={styles.factsHint}>{description}</p>}
    </div>
  );
}
