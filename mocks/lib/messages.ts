/**
 * The `message` texts Logto sends for the error codes the embedded API can produce, in the two languages
 * Torii ships. Copied from Logto's phrases (`packages/phrases/src/locales/{en,ja}/errors`) so the console
 * shows exactly what a real server would say, including the Japanese texts recorded in fixtures 088/089/091.
 * `{{name}}` placeholders are filled by `localiseMessage`.
 */
export type Locale = 'en' | 'ja';

type Phrase = Record<Locale, string>;

export const messages = {
  'guard.invalid_input': { en: 'The request {{type}} is invalid.', ja: 'リクエスト{{type}}が無効です。' },
  'guard.invalid_pagination': {
    en: 'The request pagination value is invalid.',
    ja: 'リクエストのページネーション値が無効です。',
  },
  'request.invalid_input': { en: 'Input is invalid. {{details}}', ja: '入力が無効です。 {{details}}' },
  'entity.not_exists_with_id': {
    en: 'The {{name}} with ID `{{id}}` does not exist.',
    ja: 'IDが`{{id}}`の{{name}}は存在しません。',
  },
  'entity.not_found': { en: 'The resource does not exist.', ja: 'リソースが存在しません。' },
  'entity.unique_integrity_violation': {
    en: 'The entity already exists. Please check the input and try again.',
    ja: 'エンティティは既に存在します。入力を確認してもう一度お試しください。',
  },
  'application.secret_name_exists': { en: 'Secret name already exists.', ja: 'シークレット名はすでに存在します。' },
  'application.no_legacy_secret_found': {
    en: 'The application does not have a legacy secret.',
    ja: 'アプリケーションにレガシーシークレットがありません。',
  },
  'application.protected_app_metadata_is_required': {
    en: 'Protected app metadata is required.',
    ja: '保護されたアプリケーションメタデータが必要です。',
  },
  'application.invalid_third_party_application_type': {
    en: 'Only traditional web applications can be marked as a third-party app.',
    ja: '伝統的な Web アプリケーション、シングルページアプリケーション、ネイティブアプリケーションのみ、サードパーティアプリとしてマークできます。',
  },
  'application.saml.use_saml_app_api': {
    en: 'Use `[METHOD] /saml-applications(/.*)?` API to operate SAML app.',
    ja: 'SAML アプリを操作するには、`[METHOD] /saml-applications(/.*)?` API を使用します。',
  },
  'connector.invalid_config': { en: "The connector's config is invalid.", ja: 'コネクタの設定が無効です。' },
  'connector.not_found_with_connector_id': {
    en: 'Can not find connector with given standard connector id.',
    ja: '指定された標準コネクタIDでコネクタを見つけることができません。',
  },
  'connector.multiple_instances_not_supported': {
    en: 'Can not create multiple instance with picked standard connector.',
    ja: '選択した標準コネクタで複数のインスタンスを作成できません。',
  },
  'connector.multiple_target_with_same_platform': {
    en: 'You can not have multiple social connectors that have same target and platform.',
    ja: '同じターゲットとプラットフォームを持つ複数のソーシャルコネクタを持つことはできません。',
  },
  'connector.cannot_overwrite_metadata_for_non_standard_connector': {
    en: "This connector's 'metadata' cannot be overwritten.",
    ja: 'このコネクタの「メタデータ」は上書きできません。',
  },
  'connector.should_specify_target': {
    en: "You should specify 'target'.",
    ja: "'target'を指定する必要があります。",
  },
  'connector.can_not_modify_target': {
    en: "The connector 'target' can not be modified.",
    ja: 'コネクタの「ターゲット」を変更できません。',
  },
  'connector.invalid_type_for_syncing_profile': {
    en: 'You can only sync user profile with social connectors.',
    ja: 'ソーシャルコネクタを使用してユーザープロファイルを同期できます。',
  },
  'sign_in_experiences.enabled_connector_not_found': {
    en: 'Enabled {{type}} connector not found.',
    ja: '{{type}}コネクタが見つかりません。',
  },
  'sign_in_experiences.username_requires_password': {
    en: 'Must enable set a password for username sign up identifier.',
    ja: 'ユーザー名のサインアップ識別子にはパスワードを設定する必要があります。',
  },
  'sign_in_experiences.passwordless_requires_verify': {
    en: 'Must enable verify for email/phone sign up identifier.',
    ja: 'E メール/電話番号サインアップ識別子には、検証を有効にする必要があります。',
  },
  'sign_in_experiences.at_least_one_authentication_factor': {
    en: 'You have to select at least one authentication factor.',
    ja: '認証ファクタを 1 つ以上選択する必要があります。',
  },
  'sign_in_experiences.code_sign_in_must_be_enabled': {
    en: 'Verification code sign in must be enabled when set a password is not required in sign up.',
    ja: 'サインアップ時にパスワードが不要な場合、検証コードサインインを有効にする必要があります。',
  },
} satisfies Record<string, Phrase>;

export type ErrorCode = keyof typeof messages;

/** `Accept-Language: ja-JP,ja;q=0.9,en;q=0.8` → `ja`. Anything we do not ship falls back to English. */
export function pickLocale(acceptLanguage: string | null): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'ja' || first.startsWith('ja-') ? 'ja' : 'en';
}

export function localiseMessage(code: ErrorCode, locale: Locale, params: Record<string, string> = {}): string {
  return messages[code][locale].replace(/\{\{(\w+)\}\}/g, (_, key: string) => params[key] ?? '');
}
