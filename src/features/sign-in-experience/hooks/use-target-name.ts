import { useTranslation } from 'react-i18next';
import { connectorDisplayName, type SocialTarget } from '../model/social-targets';

/** A target's name in the console language ("Alipay (Web)"); the bare target when no connector backs it. */
export function useTargetName(available: ReadonlyMap<string, SocialTarget>) {
  const { i18n } = useTranslation();
  return (target: string) => {
    const item = available.get(target);
    return item ? connectorDisplayName(item.connector, i18n.language) : target;
  };
}
