import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Tag } from '@/components/ui/card';
import { ConnectorLogo } from '../shared/connector-logo';
import styles from './catalogue.module.css';
import type { CatalogueGroup } from './catalogue-model';

/**
 * One provider. A single-platform provider is one button named after it ("Patreon"); a provider
 * with several platforms offers one button per platform ("Alipay (Web)", "Alipay (Native)").
 */
export function CatalogueCard({ group, onChoose }: { group: CatalogueGroup; onChoose: (factoryId: string) => void }) {
  const { t } = useTranslation('connectors');
  const id = useId();
  const [only] = group.options;
  const head = (
    <>
      <span className={styles.cardHead}>
        <ConnectorLogo logo={group.logo} logoDark={group.logoDark} />
        <span id={`${id}-name`} className={styles.cardName}>
          {group.name}
        </span>
      </span>
      <span id={`${id}-description`} className={styles.cardDescription}>
        {group.description}
      </span>
    </>
  );

  if (group.options.length === 1 && only) {
    return (
      <button
        type="button"
        className={styles.card}
        disabled={only.added}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-description`}
        onClick={() => onChoose(only.factory.id)}
      >
        {head}
        {only.added && <Tag tone="success">{t('catalogue.added')}</Tag>}
      </button>
    );
  }

  return (
    <div className={styles.card} data-static="">
      {head}
      <div role="group" aria-labelledby={`${id}-name`} className={styles.platforms}>
        {group.options.map((option) => (
          <span key={option.factory.id} className={styles.platform}>
            <Button size="small" disabled={option.added} aria-describedby={`${id}-description`} onClick={() => onChoose(option.factory.id)}>
              {option.label}
            </Button>
            {option.added && <Tag tone="success">{t('catalogue.added')}</Tag>}
          </span>
        ))}
      </div>
    </div>
  );
}
