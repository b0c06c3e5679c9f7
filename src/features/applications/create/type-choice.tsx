import { CREATABLE_TYPES, type CreatableApplicationType } from '@/api/applications';
import styles from '../catalogue/catalogue.module.css';
import { useApplicationTypeDescription, useApplicationTypeLabel } from '../shared/application-type';

/** "Continue without framework": the bare application types, each with a line on when to pick it. */
export function TypeChoice({ onPick }: { onPick: (type: CreatableApplicationType) => void }) {
  const typeLabel = useApplicationTypeLabel();
  const typeDescription = useApplicationTypeDescription();
  return (
    <ul className={styles.typeList}>
      {CREATABLE_TYPES.map((type) => (
        <li key={type}>
          <button
            type="button"
            className={styles.typeCard}
            aria-labelledby={`type-${type}-label`}
            aria-describedby={`type-${type}-description`}
            onClick={() => onPick(type)}
          >
            <span id={`type-${type}-label`} className={styles.cardName}>
              {typeLabel(type)}
            </span>
            <span id={`type-${type}-description`} className={styles.typeDescription}>
              {typeDescription(type)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
