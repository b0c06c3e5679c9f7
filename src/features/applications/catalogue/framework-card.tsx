import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/card';
import { FrameworkLogo } from './framework-logo';
import type { Framework } from './frameworks';
import styles from './catalogue.module.css';

/** A whole card is one button; its accessible name is the framework's name alone. */
export function FrameworkCard({ framework, onSelect }: { framework: Framework; onSelect: (framework: Framework) => void }) {
  const { t } = useTranslation('applications');
  const id = useId();
  return (
    <li>
      <button
        type="button"
        className={styles.card}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-meta`}
        onClick={() => onSelect(framework)}
      >
        <FrameworkLogo color={framework.logo.color} glyph={framework.logo.glyph} />
        <span className={styles.cardText}>
          <span id={`${id}-name`} className={styles.cardName}>
            {framework.name}
          </span>
          <span id={`${id}-meta`} className={styles.cardMeta}>
            {framework.platform}
            {framework.guide && <Tag tone="info">{t('catalogue.has_guide')}</Tag>}
          </span>
        </span>
      </button>
    </li>
  );
}
