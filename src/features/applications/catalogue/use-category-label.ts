import { useApplicationTypeLabel } from '../shared/application-type';
import { categoryApplicationType, type CatalogueCategory } from './frameworks';

/** A catalogue category is named after the application type it creates ("Traditional web"). */
export function useCategoryLabel() {
  const typeLabel = useApplicationTypeLabel();
  return (category: CatalogueCategory) => typeLabel(categoryApplicationType[category]);
}
