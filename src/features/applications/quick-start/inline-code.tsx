import styles from './quick-start.module.css';

/** `<code>` inside translated guide sentences (`<Trans components={inlineCode} />`). */
export const inlineCode = { code: <code className={styles.inlineCode} /> };
