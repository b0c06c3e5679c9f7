import { localizedText, type ConnectorFactory } from '@/api/connector-factories';
import type { Connector } from '@/api/connectors';

/**
 * The "Add social connector" catalogue: social, non-demo factories grouped by provider `target`,
 * so Alipay is one card offering "Alipay (Web)" and "Alipay (Native)".
 */
export type CatalogueOption = { factory: ConnectorFactory; label: string; added: boolean };
export type CatalogueGroup = {
  target: string;
  name: string;
  description: string;
  logo: string;
  logoDark?: string | null | undefined;
  options: CatalogueOption[];
  /** Lower-cased text the search matches: names and descriptions in every language, and the target. */
  haystack: string;
};

const PLATFORM_ORDER = ['Web', 'Native', 'Universal'];
const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

const allTexts = (text: Record<string, unknown>) => Object.values(text).filter((value): value is string => typeof value === 'string');

export function buildCatalogue(
  factories: ConnectorFactory[],
  connectors: Connector[],
  options: { language: string; label: (factory: ConnectorFactory) => string },
): CatalogueGroup[] {
  const byTarget = new Map<string, ConnectorFactory[]>();
  for (const factory of factories) {
    if (factory.type !== 'Social' || factory.isDemo) continue;
    byTarget.set(factory.target, [...(byTarget.get(factory.target) ?? []), factory]);
  }
  const configured = new Set(connectors.map((connector) => connector.connectorId));
  const groups: CatalogueGroup[] = [];
  for (const [target, members] of byTarget) {
    members.sort((a, b) => PLATFORM_ORDER.indexOf(a.platform ?? '') - PLATFORM_ORDER.indexOf(b.platform ?? ''));
    const [first] = members;
    if (!first) continue;
    groups.push({
      target,
      name: localizedText(first.name, options.language),
      description: localizedText(first.description, options.language),
      logo: first.logo,
      logoDark: first.logoDark,
      // Standard connectors (OIDC, OAuth 2.0, SAML) can be added again; the others only once.
      options: members.map((factory) => ({ factory, label: options.label(factory), added: !factory.isStandard && configured.has(factory.id) })),
      haystack: normalize([target, ...members.flatMap((factory) => [...allTexts(factory.name), ...allTexts(factory.description)])].join('\n')),
    });
  }
  return groups.sort((a, b) => a.name.localeCompare(b.name, options.language));
}

/** Every word of the query must appear somewhere in the group's text. */
export function filterCatalogue(groups: CatalogueGroup[], query: string): CatalogueGroup[] {
  const terms = normalize(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return groups;
  return groups.filter((group) => terms.every((term) => group.haystack.includes(term)));
}
