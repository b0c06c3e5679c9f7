import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { connectorFactoriesQueryOptions, localizedText, type ConnectorFactory, type I18nText } from '@/api/connector-factories';

type Named = { name: I18nText; target: string; platform?: ConnectorFactory['platform'] };

/** Targets offered on more than one platform (Alipay Web + Native, WeChat Web + Native). */
export function multiPlatformTargets(factories: readonly Pick<ConnectorFactory, 'target' | 'type'>[]): Set<string> {
  const counts = new Map<string, number>();
  for (const factory of factories) {
    if (factory.type === 'Social') counts.set(factory.target, (counts.get(factory.target) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([target]) => target));
}

/**
 * "Alipay (Web)" when the provider has several platforms, plain "Patreon" otherwise, in the
 * current language with English as fallback. Until the catalogue is known, Web and Native are
 * always spelled out (Universal never is), which is right for every provider Logto ships.
 */
export function useConnectorName() {
  const { t, i18n } = useTranslation('connectors');
  const { data: factories } = useQuery(connectorFactoriesQueryOptions());
  const language = i18n.resolvedLanguage ?? i18n.language;
  const multi = useMemo(() => (factories ? multiPlatformTargets(factories) : undefined), [factories]);
  return useCallback(
    (item: Named) => {
      const name = localizedText(item.name, language);
      const { platform } = item;
      const showPlatform = platform && (multi ? multi.has(item.target) : platform !== 'Universal');
      return showPlatform ? t('name_with_platform', { name, platform: t(`platform.${platform}`) }) : name;
    },
    [multi, language, t],
  );
}
