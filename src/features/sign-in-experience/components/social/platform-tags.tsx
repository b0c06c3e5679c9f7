import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/card';
import styles from '../sign-in-experience.module.css';

const KNOWN = ['Web', 'Native', 'Universal'] as const;
const isKnown = (value: string): value is (typeof KNOWN)[number] => (KNOWN as readonly string[]).includes(value);

export function PlatformTags({ platforms }: { platforms: string[] }) {
  const { t } = useTranslation('sign-in-experience');
  if (platforms.length === 0) return null;
  return (
    <span className={styles.platforms} aria-label={t('social.platforms_label')} role="group">
      {platforms.map((platform) => (
        <Tag key={platform}>{isKnown(platform) ? t(`social.platforms.${platform}`) : platform}</Tag>
      ))}
    </span>
  );
}
