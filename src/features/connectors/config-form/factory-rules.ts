import { checkPrivateKeyPem, type PemProblem } from '../alipay/pem';

/** Everything the config schema can complain about; turned into words by the form (i18n). */
export type ConfigIssue =
  | { code: 'required' }
  | { code: 'not_a_number' }
  | { code: 'not_an_option' }
  | { code: 'json_syntax'; line: number; column: number }
  | { code: 'json_not_object' }
  | { code: 'too_long'; max: number }
  | { code: 'private_key'; problem: PemProblem };

export type FieldCheck = (value: string) => { value: string } | { issue: ConfigIssue };

/** What a factory's server enforces beyond its descriptors, by config key. */
export type FieldRule = {
  /** Needed by the server even though the descriptor does not say `required`. */
  required?: boolean;
  /** Sent when the admin leaves the field empty (and used as the starting value). */
  fallback?: string;
  /** Validates and normalises a non-empty text value. */
  check?: FieldCheck;
};
export type FactoryRules = Readonly<Record<string, FieldRule>>;

/** Sends a clean PEM even when the admin pasted one line with literal `\n`. */
export const checkAlipayPrivateKey: FieldCheck = (value) => {
  const result = checkPrivateKeyPem(value);
  return result.ok ? { value: result.key.pem } : { issue: { code: 'private_key', problem: result.problem } };
};

const alipayRules: FactoryRules = {
  // Logto's Alipay config guard has `signType: z.enum(['RSA', 'RSA2'])` with no default; RSA2 matches
  // the public-key mode the guide sets up.
  signType: { required: true, fallback: 'RSA2' },
  privateKey: { check: checkAlipayPrivateKey },
};

const rulesByFactory: Readonly<Record<string, FactoryRules>> = {
  'alipay-web': alipayRules,
  'alipay-native': alipayRules,
};

export const rulesFor = (factoryId: string): FactoryRules => rulesByFactory[factoryId] ?? {};

/** Factories whose private key gets the Alipay key tools (generate, derive public key). */
export const hasAlipayKeyTools = (factoryId: string, key: string) => key === 'privateKey' && factoryId in rulesByFactory;
