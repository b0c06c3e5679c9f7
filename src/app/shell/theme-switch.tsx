import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { ThemePreference } from '@/lib/theme';
import { useTheme } from '@/lib/theme-context';
import styles from './shell.module.css';

const PREFERENCES: ThemePreference[] = ['light', 'dark', 'system'];

export function ThemeSwitch() {
  const { t } = useTranslation();
  const { preference, setPreference } = useTheme();
  return (
    <ToggleGroup.Root
      type="single"
      value={preference}
      onValueChange={(value) => value && setPreference(value as ThemePreference)}
      aria-label={t('theme.label')}
      className={styles.segmented}
    >
      {PREFERENCES.map((value) => (
        <ToggleGroup.Item key={value} value={value} className={styles.segment}>
          {t(`theme.${value}`)}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
