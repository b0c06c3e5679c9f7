import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeMarkdown } from './safe-markdown';
import { AlipayGuide, PatreonGuide, type GuideProps } from './torii-guides';

const TORII_GUIDES: Readonly<Record<string, (props: GuideProps) => ReactNode>> = {
  'alipay-web': AlipayGuide,
  'patreon-universal': PatreonGuide,
};

/** Torii's own guide where we wrote one; otherwise the factory's README. */
export function ConnectorGuide({ factoryId, readme, redirectUri, name }: GuideProps & { factoryId: string; readme?: string | undefined }) {
  const { t } = useTranslation('connectors');
  const Guide = TORII_GUIDES[factoryId];
  if (Guide) return <Guide redirectUri={redirectUri} name={name} />;
  if (!readme?.trim()) return <p>{t('guide.readme_missing')}</p>;
  return <SafeMarkdown>{readme}</SafeMarkdown>;
}
