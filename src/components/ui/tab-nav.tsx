import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import styles from './layout.module.css';

/** Tabs that are routes: each has its own URL, so reload and back keep the tab. */
export function TabNav({ label, tabs }: { label: string; tabs: { to: string; label: ReactNode; end?: boolean }[] }) {
  return (
    <nav aria-label={label} className={styles.tabs}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end ?? true} className={styles.tab}>
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
