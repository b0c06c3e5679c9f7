import { localizedText } from '@/api/connector-factories';
import type { Connector } from '@/api/connectors';

/** One entry of the social list: a target, shown through the connector a web sign-in page would use. */
export type SocialTarget = {
  target: string;
  connector: Connector;
  /** Every platform configured for this target, e.g. `["Web", "Native"]` for Alipay. */
  platforms: string[];
};

// A web sign-in page uses the Web or Universal connector of a target; Native ones serve native apps.
const PLATFORM_RANK: Record<string, number> = { Web: 0, Universal: 1, Native: 2 };
const rank = (connector: Connector) => PLATFORM_RANK[connector.platform ?? ''] ?? 3;

/** Configured social connectors grouped by target, in the order the server listed them. */
export function groupSocialTargets(connectors: readonly Connector[]): Map<string, SocialTarget> {
  const groups = new Map<string, Connector[]>();
  for (const connector of connectors) {
    if (connector.type !== 'Social') continue;
    groups.set(connector.target, [...(groups.get(connector.target) ?? []), connector]);
  }
  const targets = new Map<string, SocialTarget>();
  for (const [target, members] of groups) {
    const ranked = [...members].sort((a, b) => rank(a) - rank(b));
    const [primary] = ranked;
    if (!primary) continue;
    const platforms = [...new Set(ranked.map((member) => member.platform).filter((value) => typeof value === 'string'))];
    targets.set(target, { target, connector: primary, platforms });
  }
  return targets;
}

/**
 * "Alipay (Web)", "Patreon": Logto marks a provider's platform as Web or Native only when it ships one
 * connector per platform, so those names carry the platform and Universal ones do not (glossary rule).
 */
export function connectorDisplayName(connector: Connector, language: string): string {
  const name = localizedText(connector.name, language);
  const { platform } = connector;
  if ((platform === 'Web' || platform === 'Native') && !name.includes(`(${platform})`)) return `${name} (${platform})`;
  return name;
}

/** Drops targets whose connector is gone, so a deleted connector never leaves a stale button. */
export const keepConfigured = (targets: readonly string[], available: ReadonlyMap<string, SocialTarget>) =>
  targets.filter((target) => available.has(target));

/** Targets the admin can still add, in the server's order. */
export const addableTargets = (chosen: readonly string[], available: ReadonlyMap<string, SocialTarget>) =>
  [...available.values()].filter((item) => !chosen.includes(item.target));

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined || to < 0 || to > next.length) return [...items];
  next.splice(to, 0, moved);
  return next;
}
