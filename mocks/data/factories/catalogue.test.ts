// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { factoryDefinitions } from '.';

const factories = factoryDefinitions.map(({ factory }) => factory);
const formItems = factories.flatMap((factory) => factory.formItems ?? []);

describe('the embedded connector catalogue', () => {
  it('offers the common social providers, standard connectors, Email and SMS', () => {
    const social = factories.filter((factory) => factory.type === 'Social' && !factory.isDemo);
    expect(social.length).toBeGreaterThanOrEqual(15);
    expect(factories.map((factory) => factory.id)).toEqual(
      expect.arrayContaining([
        'google-universal', 'github-universal', 'apple-universal', 'facebook-universal', 'azuread-universal',
        'discord-universal', 'line-universal', 'wechat-web', 'wechat-native', 'alipay-web', 'alipay-native',
        'patreon-universal', 'x-universal', 'slack-universal', 'oidc', 'oauth2',
      ]),
    );
    expect(factories.some((factory) => factory.type === 'Email')).toBe(true);
    expect(factories.some((factory) => factory.type === 'Sms')).toBe(true);
    expect(factories.filter((factory) => factory.isDemo)).toHaveLength(1);
    expect(factories.filter((factory) => factory.isStandard).map((factory) => factory.id).sort()).toEqual(['oauth2', 'oidc']);
  });

  it('has unique ids and English and Japanese names and descriptions', () => {
    expect(new Set(factories.map((factory) => factory.id)).size).toBe(factories.length);
    for (const factory of factories) {
      expect(factory.name.en && factory.name.ja && factory.description.en && factory.description.ja, factory.id).toBeTruthy();
      expect(factory.readme.startsWith('# '), factory.id).toBe(true);
    }
  });

  it('draws every logo as an SVG data URI, with dark variants for some', () => {
    for (const factory of factories) {
      for (const logo of [factory.logo, factory.logoDark].filter((value): value is string => value !== null)) {
        expect(logo.startsWith('data:image/svg+xml;base64,'), factory.id).toBe(true);
        const svg = new TextDecoder().decode(Uint8Array.from(atob(logo.split(',')[1] ?? ''), (char) => char.charCodeAt(0)));
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), factory.id).toBe(true);
      }
    }
    expect(factories.filter((factory) => factory.logoDark).length).toBeGreaterThanOrEqual(3);
  });

  it('uses every form item type and every optional descriptor somewhere', () => {
    expect(new Set(formItems.map((item) => item.type))).toEqual(
      new Set(['Text', 'MultilineText', 'Number', 'Switch', 'Select', 'MultiSelect', 'Json']),
    );
    for (const descriptor of ['showConditions', 'isConfidential', 'tooltip', 'description', 'defaultValue', 'placeholder'] as const) {
      expect(formItems.some((item) => item[descriptor] !== undefined), descriptor).toBe(true);
    }
  });

  it('gives Select defaults that are among their options', () => {
    for (const item of formItems) {
      if (item.type === 'Select' && item.defaultValue !== undefined) {
        expect(item.selectItems.map((option) => option.value)).toContain(item.defaultValue);
      }
    }
  });
});
