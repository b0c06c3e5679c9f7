import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConnectorFactory } from '@/api/connector-factories';
import type { Connector } from '@/api/connectors';
import { Callout } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { ConnectorGuide } from '../guide/connector-guide';
import { BackToList } from '../shared/back-link';
import { generateConnectorId } from '../shared/connector-id';
import { useConnectorName } from '../shared/connector-naming';
import { ConnectorTitle } from '../shared/connector-title';
import { redirectUriFor } from '../shared/redirect-facts';
import { CreateForm } from './create-form';
import styles from './create.module.css';

/** Guided setup: the connector guide beside the config form. */
export function CreateConnector({ factory, connectors }: { factory: ConnectorFactory; connectors: Connector[] }) {
  const { t } = useTranslation('connectors');
  const nameOf = useConnectorName();
  const name = nameOf(factory);
  const [id] = useState(generateConnectorId);
  // Standard connectors (OIDC, OAuth 2.0, SAML) may have several instances; the others only one.
  // Decided once: after "Save and done" the list includes the new connector, and the form must
  // stay mounted until it has navigated to the details page.
  const [existing] = useState(() => (factory.isStandard ? undefined : connectors.find((connector) => connector.connectorId === factory.id)));

  return (
    <>
      <BackToList />
      <PageHeader title={<ConnectorTitle logo={factory.logo} logoDark={factory.logoDark}>{t('create.title', { name })}</ConnectorTitle>} />
      {existing ? (
        <Callout tone="info">
          <p>{t('create.already_added', { name })}</p>
          <Link to={paths.connector(existing.id)}>{t('create.open_existing', { name })}</Link>
        </Callout>
      ) : (
        <div className={styles.layout}>
          <section className={styles.guide} aria-labelledby="connector-guide-title" tabIndex={0}>
            <h2 id="connector-guide-title">{t('guide.title')}</h2>
            <ConnectorGuide factoryId={factory.id} readme={factory.readme} redirectUri={redirectUriFor(id)} name={name} />
          </section>
          <CreateForm factory={factory} id={id} name={name} connectors={connectors} />
        </div>
      )}
    </>
  );
}
