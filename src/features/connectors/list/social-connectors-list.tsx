import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Connector } from '@/api/connectors';
import { signInExperienceQueryOptions } from '@/api/sign-in-experience';
import { EmptyState } from '@/components/ui/states';
import { useConnectorName } from '../shared/connector-naming';
import { ConnectorsTable } from './connectors-table';
import styles from './list.module.css';
import { SignInNudge } from './sign-in-nudge';

export function SocialConnectorsList({ connectors, addButton }: { connectors: Connector[]; addButton: ReactNode }) {
  const { t } = useTranslation('connectors');
  const nameOf = useConnectorName();
  // The sign-in page lists targets, not connector ids.
  const signInExperience = useQuery(signInExperienceQueryOptions());
  const targets = new Set(signInExperience.data?.socialSignInConnectorTargets ?? []);
  const onSignInPage = (connector: Connector) => targets.has(connector.target);

  if (connectors.length === 0) {
    return (
      <EmptyState title={t('list.empty_title')} action={addButton}>
        <p>{t('list.empty_description')}</p>
      </EmptyState>
    );
  }
  const hidden = signInExperience.data ? connectors.filter((connector) => !onSignInPage(connector)) : [];
  return (
    <div className={styles.list}>
      <SignInNudge names={hidden.map(nameOf)} />
      <ConnectorsTable connectors={connectors} onSignInPage={signInExperience.data ? onSignInPage : undefined} />
    </div>
  );
}
