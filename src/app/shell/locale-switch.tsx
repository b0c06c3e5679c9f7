import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '@/lib/i18n-language';
import styles from './shell.module.css';

// Each language is named in itself (glossary: "English" / "日本語"), whatever the current locale.
const OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'ja', label: '日本語' },
] as const;

export function LocaleSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage);
  return (
    <ToggleGroup.Root
      type="single"
      value={current}
      onValueChange={(value) => value && void i18n.changeLanguage(value)}
      aria-label={t('shell.language')}
      className={styles.segmented}
    >
      {OPTIONS.map((option) => (
        <ToggleGroup.Item key={option.value} value={option.value} lang={option.value} className={styles.segment}>
          {option.label}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
