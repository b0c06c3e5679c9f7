import type { Connector } from '@/api/connectors';
import { useTheme } from '@/lib/theme-context';
import styles from '../sign-in-experience.module.css';

/** Decorative: the name beside it already says which connector this is. */
export function ConnectorLogo({ connector, theme }: { connector: Connector; theme?: 'light' | 'dark' }) {
  const consoleTheme = useTheme();
  const dark = (theme ?? consoleTheme.theme) === 'dark';
  const src = dark && connector.logoDark ? connector.logoDark : connector.logo;
  return <img className={styles.logo} src={src} alt="" width={20} height={20} loading="lazy" decoding="async" />;
}
