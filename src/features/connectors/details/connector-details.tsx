import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { connectorsQueryOptions, type Connector } from '@/api/connectors';
import { signInExperienceQueryOptions } from '@/api/sign-in-experience';
import { Tag } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { BackToList } from '../shared/back-link';
import { useConnectorName } from '../shared/connector-naming';
import { ConnectorTitle } from '../shared/connector-title';
import { RedirectFacts } from '../shared/redirect-facts';
import { DeleteConnector } from './delete-connector';
import { DetailsForm } from './details-form';
import styles from './details.module.css';
import { GuideSheet } from './guide-sheet';

export function ConnectorDetails({ connector }: { connector: Connector }) {
  const { t } = useTranslation('connectors');
  const nameOf = useConnectorName();
  const name = nameOf(connector);
  const signInExperience = useQuery(signInExperienceQueryOptions());
  const connectors = useQuery(connectorsQueryOptions());
  const onSignInPage = signInExperience.data?.socialSignInConnectorTargets.includes(connector.target) ?? false;
  // Alipay Web and Native share the target `alipay`: the button stays while another connector serves it,
  // but this platform's sign-in through it ends, which the admin must hear too.
  const sharedWith = connectors.data?.find((other) => other.id !== connector.id && other.target === connector.target);
  return (
    <div className={styles.page}>
      <div>
        <BackToList />
        <PageHeader
          title={<ConnectorTitle logo={connector.logo} logoDark={connector.logoDark}>{name}</ConnectorTitle>}
          subtitle={
            signInExperience.data && (
              <Tag tone={onSignInPage ? 'success' : 'neutral'}>{t(onSignInPage ? 'list.on_sign_in' : 'list.not_on_sign_in')}</Tag>
            )
          }
          actions={
            <>
              <GuideSheet connector={connector} name={name} />
              <DeleteConnector
                connector={connector}
                name={name}
                onSignInPage={onSignInPage}
                {...(sharedWith ? { sharedWith: nameOf(sharedWith) } : {})}
              />
            </>
          }
        />
      </div>
      <RedirectFacts id={connector.id} target={connector.isStandard ? connector.target : undefined} />
      <DetailsForm key={connector.id} connector={connector} name={name} />
    </div>
  );
}
