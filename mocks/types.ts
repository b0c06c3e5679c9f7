/**
 * Shapes the embedded API stores and serves. They follow Logto 1.42's responses as recorded in
 * `tests/contract/fixtures`; free-form JSON columns stay `Record<string, unknown>`.
 */
export type JsonObject = Record<string, unknown>;

export const applicationTypes = ['Native', 'SPA', 'Traditional', 'MachineToMachine', 'Protected', 'SAML'] as const;
export type ApplicationType = (typeof applicationTypes)[number];

export type OidcClientMetadata = {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri?: string;
  backchannelLogoutSessionRequired?: boolean;
  logoUri?: string;
};

export type StoredApplication = {
  tenantId: string;
  id: string;
  name: string;
  /** Legacy column: an `#internal:` placeholder for every app created through the API (never served). */
  secret: string;
  description: string | null;
  type: ApplicationType;
  oidcClientMetadata: OidcClientMetadata;
  customClientMetadata: JsonObject;
  protectedAppMetadata: JsonObject | null;
  customData: JsonObject;
  isThirdParty: boolean;
  appLevelAccessControlEnabled: boolean;
  createdAt: number;
  /** Served only by `GET /api/applications/:id`. */
  isAdmin: boolean;
};

export type StoredSecret = {
  tenantId: string;
  applicationId: string;
  name: string;
  value: string;
  createdAt: number;
  expiresAt: number | null;
};

export type ConnectorType = 'Social' | 'Email' | 'Sms';
export type ConnectorPlatform = 'Web' | 'Native' | 'Universal';
/** `en` is always present; Torii's catalogue also ships `ja`. */
export type I18nText = { en: string; [language: string]: string };

/** Overrides a standard (OIDC / OAuth 2.0) connector may carry; `{}` for every other connector. */
export type ConnectorMetadataOverride = {
  target?: string;
  name?: I18nText;
  logo?: string;
  logoDark?: string | null;
};

export type StoredConnector = {
  id: string;
  connectorId: string;
  config: JsonObject;
  metadata: ConnectorMetadataOverride;
  syncProfile: boolean;
  enableTokenStorage: boolean;
  createdAt: number;
};

export type SignInIdentifier = 'username' | 'email' | 'phone';

export type SignInExperience = {
  signUp: { identifiers: SignInIdentifier[]; password: boolean; verify: boolean; [key: string]: unknown };
  signIn: {
    methods: { identifier: SignInIdentifier; password: boolean; verificationCode: boolean; isPasswordPrimary: boolean }[];
  };
  socialSignInConnectorTargets: string[];
  [key: string]: unknown;
};
