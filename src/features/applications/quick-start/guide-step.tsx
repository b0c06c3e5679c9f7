import { useId, type ReactNode } from 'react';
import styles from './quick-start.module.css';

/** One numbered step of a guide; the number comes from the list, the title is a heading. */
export function GuideStep({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <li className={styles.step}>
      <section aria-labelledby={id} className={styles.stepBody}>
        <h2 id={id} className={styles.stepTitle}>
          {title}
        </h2>
        {children}
      </section>
    </li>
  );
}
