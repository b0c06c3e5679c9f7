import { useTranslation } from 'react-i18next';
import { CATALOGUE_CATEGORIES, type CatalogueCategory } from './frameworks';
import styles from './catalogue.module.css';
import { useCategoryLabel } from './use-category-label';

export type CategoryChoice = CatalogueCategory | 'all';

/** Toggle buttons (one pressed at a time): simpler to reach by keyboard than a radio group of chips. */
export function CategoryFilter({ value, onChange }: { value: CategoryChoice; onChange: (value: CategoryChoice) => void }) {
  const { t } = useTranslation('applications');
  const categoryLabel = useCategoryLabel();
  const choices: { value: CategoryChoice; label: string }[] = [
    { value: 'all', label: t('catalogue.all') },
    ...CATALOGUE_CATEGORIES.map((category) => ({ value: category, label: categoryLabel(category) })),
  ];
  return (
    <div className={styles.filters} role="group" aria-label={t('catalogue.categories')}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          className={styles.filter}
          aria-pressed={value === choice.value}
          onClick={() => onChange(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
