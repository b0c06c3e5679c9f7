import type { ReactNode } from 'react';
import { ConnectorLogo } from './connector-logo';
import styles from './shared.module.css';

/** The page's h1 with the provider's logo in front. */
export function ConnectorTitle({ logo, logoDark, children }: { logo: string; logoDark?: string | null | undefined; children: ReactNode }) {
  return (
    <span className={styles.nameCell}>
      <ConnectorLogo logo={logo} logoDark={logoDark} size="large" />
      {children}
    </span>
  );
}
