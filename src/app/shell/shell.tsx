import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { AppsIcon, DoorIcon, PlugIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/states';
import { getConsoleConfig, problemEndpoint } from '@/lib/console-config';
import { paths } from '@/lib/paths';
import { BackendBadge } from './backend-badge';
import { ConnectionProblem } from './connection-problem';
import { LocaleSwitch } from './locale-switch';
import { ResetDemoData } from './reset-demo-data';
import styles from './shell.module.css';
import { ThemeSwitch } from './theme-switch';
import { ToriiMark } from './torii-mark';

export function Shell() {
  const { t } = useTranslation();
  // Known once at start-up (/console-config); reloading checks again.
  const config = getConsoleConfig();
  const { problem } = config;
  const nav = [
    { to: '/applications', label: t('nav.applications'), icon: <AppsIcon /> },
    { to: '/connectors', label: t('nav.connectors'), icon: <PlugIcon /> },
    { to: '/sign-in-experience', label: t('nav.sign_in_experience'), icon: <DoorIcon /> },
  ];
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        {t('shell.skip_to_content')}
      </a>
      <header className={styles.header}>
        <Link to={paths.applications()} className={styles.brand}>
          <ToriiMark className={styles.brandMark} />
          {t('shell.product_name')}
        </Link>
        <BackendBadge />
        <div className={styles.headerEnd}>
          <ResetDemoData />
          <ThemeSwitch />
          <LocaleSwitch />
        </div>
      </header>
      <nav className={styles.sidebar} aria-label={t('shell.main_navigation')}>
        <ul className={styles.navList}>
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className={styles.navLink}>
                {item.icon}
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={styles.main} tabIndex={-1}>
        {problem ? (
          <ConnectionProblem problem={problem} endpoint={problemEndpoint(config)} />
        ) : (
          // Feature namespaces load lazily; this catches their first render.
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        )}
      </main>
    </div>
  );
}
