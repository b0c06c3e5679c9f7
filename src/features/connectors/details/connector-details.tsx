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
  const name = useConnectorName()(connector);
  const signInExperience = useQuery(signInExperienceQueryOptions());
  const connectors = useQuery(connectorsQueryOptions());
  const onSignInPage = signInExperience.data?.socialSignInConnectorTargets.includes(connector.target) ?? false;
  // Alipay Web and Native share the target `alipay`: the button stays while another connector serves it.
  const targetShared = connectors.data?.some((other) => other.id !== connector.id && other.target === connector.target) ?? false;
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
              <DeleteConnector connector={connector} name={name} removesButton={onSignInPage && !targetShared} />
            </>
          }
        />
      </div>
      <RedirectFacts id={connector.id} target={connector.isStandard ? connector.target : undefined} />
      <DetailsForm key={connector.id} connector={connector} name={name} />
    </div>
  );
}
