import type { ConnectorPlatform, ConnectorType, I18nText } from '../../types';

/**
 * The config form a factory describes (Logto connector-kit `ConnectorConfigFormItem`). The same list is
 * also the source of the server-side config rules (`mocks/rules/connector-config.ts`), so the form the
 * console renders and the checks the mock enforces cannot drift apart.
 */
type FormItemBase = {
  key: string;
  label: string;
  placeholder?: string;
  required?: boolean;
  defaultValue?: unknown;
  description?: string;
  tooltip?: string;
  isConfidential?: boolean;
  isDevFeature?: boolean;
  /** Show (and require) the field only when every listed key equals its value. */
  showConditions?: { targetKey: string; expectValue?: unknown }[];
};

export type FormItem =
  | (FormItemBase & { type: 'Text' | 'MultilineText' | 'Number' | 'Switch' | 'Json' })
  | (FormItemBase & { type: 'Select'; selectItems: { value: string; title: string }[] })
  | (FormItemBase & { type: 'MultiSelect'; selectItems: { value: string }[] });

/** What `GET /api/connector-factories/:id` returns, key order as Logto sends it. */
export type ConnectorFactory = {
  type: ConnectorType;
  isDemo: boolean;
  id: string;
  target: string;
  name: I18nText;
  description: I18nText;
  logo: string;
  logoDark: string | null;
  readme: string;
  formItems?: FormItem[];
  configTemplate?: string;
  platform: ConnectorPlatform | null;
  isStandard?: boolean;
  isTokenStorageSupported?: boolean;
};

/** Server rules a factory's `formItems` cannot express (Alipay's `signType` is required but not marked so). */
export type ConfigRules = { alsoRequired?: string[] };

export type FactoryDefinition = { factory: ConnectorFactory; rules?: ConfigRules };
