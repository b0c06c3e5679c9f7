import { useTheme } from '@/lib/theme-context';
import styles from './shared.module.css';

/** The provider's logo; `logoDark` in the dark theme when the provider has one. Decorative: the name sits beside it. */
export function ConnectorLogo({ logo, logoDark, size = 'default' }: { logo: string; logoDark?: string | null | undefined; size?: 'default' | 'large' }) {
  const { theme } = useTheme();
  const src = theme === 'dark' && logoDark ? logoDark : logo;
  return <img src={src} alt="" className={styles.logo} data-size={size} loading="lazy" decoding="async" />;
}
