import type { ReactNode } from 'react';
import styles from './misc.module.css';

export function Card(props: { title?: ReactNode; description?: ReactNode; actions?: ReactNode; children: ReactNode; as?: 'section' | 'div' }) {
  const Tag = props.as ?? 'section';
  return (
    <Tag className={styles.card}>
      {(props.title || props.actions) && (
        <div className={styles.cardHeader}>
          <div>
            {props.title && <h2>{props.title}</h2>}
            {props.description && <p className={styles.cardDescription}>{props.description}</p>}
          </div>
          {props.actions}
        </div>
      )}
      {props.children}
    </Tag>
  );
}

export type Tone = 'neutral' | 'success' | 'danger' | 'warning' | 'info';

export function Tag({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={styles.tag} data-tone={tone}>
      {children}
    </span>
  );
}

export function Callout({ tone = 'info', children, role }: { tone?: Tone; children: ReactNode; role?: 'alert' | 'status' | 'note' }) {
  return (
    <div className={styles.callout} data-tone={tone} role={role}>
      {children}
    </div>
  );
}
