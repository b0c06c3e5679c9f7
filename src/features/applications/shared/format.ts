import { useTranslation } from 'react-i18next';

/** Dates in the console's language, not the browser's, so ja and en screens read consistently. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (epochMs: number) => format.format(new Date(epochMs));
}

export function useFormatNumber() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  return (value: number) => format.format(value);
}
