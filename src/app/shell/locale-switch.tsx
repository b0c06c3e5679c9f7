import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { toLanguage, type Language } from '@/lib/i18n-language';

// Each language is named in itself (glossary: "English" / "日本語"), whatever the current locale.
const OPTIONS = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'ja', label: '日本語', lang: 'ja' },
] as const;

export function LocaleSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl<Language>
      label={t('shell.language')}
      value={toLanguage(i18n.resolvedLanguage)}
      options={OPTIONS}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
