import type { FormItem } from './types';

/*
 * The formItems most OAuth-style factories share, exactly as Logto sends them (fixtures 039 and 045:
 * key order, placeholders, and the trailing space in the scope description included). Built once
 * instead of copied into every factory; X, Slack and LINE spell theirs differently and keep their own.
 */

/** `clientId` and `clientSecret`, both required, with Logto's `<client-id>` style placeholders. */
export const clientCredentialItems = (): FormItem[] => [
  { type: 'Text', key: 'clientId', label: 'Client ID', placeholder: '<client-id>', required: true },
  { type: 'Text', key: 'clientSecret', label: 'Client Secret', placeholder: '<client-secret>', required: true },
];

/** The optional space-separated `scope` (WeChat asks it the same way). */
export const scopeItem = (): FormItem => ({
  type: 'MultilineText',
  key: 'scope',
  label: 'Scope',
  placeholder: 'Enter the scopes (separated by a space)',
  required: false,
  description: "The `scope` determines permissions granted by the user's authorization. ",
});

/** Client ID, Client Secret and Scope: the whole form of Discord, Facebook, GitHub and Patreon. */
export const oauthClientFormItems = (): FormItem[] => [...clientCredentialItems(), scopeItem()];
