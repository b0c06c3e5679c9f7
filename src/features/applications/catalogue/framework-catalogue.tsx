import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { SearchBox } from '../shared/search-box';
import { CategoryFilter, type CategoryChoice } from './category-filter';
import { FrameworkCard } from './framework-card';
import { CATALOGUE_CATEGORIES, FRAMEWORKS, filterFrameworks, type Framework } from './frameworks';
import styles from './catalogue.module.css';
import { useCategoryLabel } from './use-category-label';

/** The framework catalogue: search and category filters narrow the cards; sections keep categories apart. */
export function FrameworkCatalogue({ onSelect, onContinueWithoutFramework, headingLevel = 'h3' }: {
  onSelect: (framework: Framework) => void;
  onContinueWithoutFramework: () => void;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation('applications');
  const categoryLabel = useCategoryLabel();
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<CategoryChoice>('all');
  const matches = filterFrameworks(FRAMEWORKS, term, category);
  const Heading = headingLevel;

  return (
    <div className={styles.catalogue}>
      <div className={styles.toolbar}>
        <SearchBox value={term} onChange={setTerm} label={t('catalogue.search_label')} placeholder={t('catalogue.search_placeholder')} />
        <CategoryFilter value={category} onChange={setCategory} />
      </div>
      {matches.length === 0 && <EmptyState title={t('catalogue.no_match')} />}
      {CATALOGUE_CATEGORIES.map((section) => {
        const cards = matches.filter((framework) => framework.category === section);
        if (cards.length === 0) return null;
        return (
          <section key={section} className={styles.section} aria-label={categoryLabel(section)}>
            <Heading className={styles.sectionTitle}>{categoryLabel(section)}</Heading>
            <ul className={styles.grid}>
              {cards.map((framework) => (
                <FrameworkCard key={framework.id} framework={framework} onSelect={onSelect} />
              ))}
            </ul>
          </section>
        );
      })}
      <div className={styles.withoutFramework}>
        <p>{t('catalogue.without_framework_hint')}</p>
        <Button onClick={onContinueWithoutFramework}>{t('catalogue.without_framework')}</Button>
      </div>
    </div>
  );
}
