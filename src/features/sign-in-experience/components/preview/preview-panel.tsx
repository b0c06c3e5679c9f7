import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from '@/lib/i18n-language';
import { useTheme } from '@/lib/theme-context';
import type { SignInCandidate } from '../../model/form-values';
import type { SocialTarget } from '../../model/social-targets';
import { SegmentedControl } from '@/components/ui/segmented-control';
import styles from './preview.module.css';
import { SignInPreview } from './sign-in-preview';

export type PreviewDevice = 'desktop' | 'mobile';
export type PreviewTheme = 'light' | 'dark';

/** The live preview beside the form, with its own language, theme and width. */
export function PreviewPanel({ candidate, available }: { candidate: SignInCandidate; available: ReadonlyMap<string, SocialTarget> }) {
  const { t, i18n } = useTranslation('sign-in-experience');
  const consoleTheme = useTheme();
  const titleId = useId();
  // Start from the console's own settings; after that the preview's choices are independent.
  const [language, setLanguage] = useState<Language>(() => toLanguage(i18n.resolvedLanguage));
  const [theme, setTheme] = useState<PreviewTheme>(consoleTheme.theme);
  const [device, setDevice] = useState<PreviewDevice>('desktop');

  return (
    <aside className={styles.panel} aria-labelledby={titleId}>
      <div className={styles.panelHeader}>
        <h2 id={titleId}>{t('preview.title')}</h2>
        <p className={styles.panelDescription}>{t('preview.description')}</p>
      </div>
      <div className={styles.controls}>
        <SegmentedControl
          showLabel
          label={t('preview.language')}
          value={language}
          onChange={setLanguage}
          // Each language is named in itself, as in the header's switch.
          options={[
            { value: 'ja', label: '日本語', lang: 'ja' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
        />
        <SegmentedControl
          showLabel
          label={t('preview.theme')}
          value={theme}
          onChange={setTheme}
          options={[
            { value: 'light', label: t('preview.light') },
            { value: 'dark', label: t('preview.dark') },
          ]}
        />
        <SegmentedControl
          showLabel
          label={t('preview.device')}
          value={device}
          onChange={setDevice}
          options={[
            { value: 'desktop', label: t('preview.desktop') },
            { value: 'mobile', label: t('preview.mobile') },
          ]}
        />
      </div>
      <SignInPreview candidate={candidate} available={available} language={language} theme={theme} device={device} />
    </aside>
  );
}
