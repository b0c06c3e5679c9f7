import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '@/components/ui/segmented-control';
import type { ThemePreference } from '@/lib/theme';
import { useTheme } from '@/lib/theme-context';

const PREFERENCES: ThemePreference[] = ['light', 'dark', 'system'];

export function ThemeSwitch() {
  const { t } = useTranslation();
  const { preference, setPreference } = useTheme();
  return (
    <SegmentedControl<ThemePreference>
      label={t('theme.label')}
      value={preference}
      options={PREFERENCES.map((value) => ({ value, label: t(`theme.${value}`) }))}
      onChange={setPreference}
    />
  );
}
