// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findFactoryDefinition } from '../data/factories';
import type { FactoryDefinition } from '../data/factories/types';
import { cleanDeep, connectorConfigIssues } from './connector-config';

function definition(id: string): FactoryDefinition {
  const found = findFactoryDefinition(id);
  if (!found) throw new Error(`no factory ${id}`);
  return found;
}

const paths = (id: string, config: Record<string, unknown>) =>
  connectorConfigIssues(definition(id), config).map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('connector config rules from formItems', () => {
  it('requires the keys marked required, and Alipay signType although it is not marked', () => {
    expect(paths('patreon-universal', { clientId: 'a' })).toEqual(['clientSecret:invalid_type']);
    expect(paths('alipay-web', { appId: '1', privateKey: 'k' })).toEqual(['signType:invalid_type']);
    expect(paths('alipay-web', { appId: '1', privateKey: 'k', signType: 'RSA2' })).toEqual([]);
  });

  it('keeps Select values inside their options, with the enum in the issue', () => {
    const [issue] = connectorConfigIssues(definition('alipay-web'), { appId: '1', privateKey: 'k', signType: 'RSA2', charset: 'latin1' });
    expect(issue).toEqual({
      received: 'latin1',
      code: 'invalid_enum_value',
      options: ['gbk', 'utf8'],
      path: ['charset'],
      message: "Invalid enum value. Expected 'gbk' | 'utf8', received 'latin1'",
    });
  });

  it('checks Number, Switch, MultiSelect and Json types', () => {
    const smtp = { host: 'h', port: '25', auth: 'x', fromEmail: 'a@b.c', templates: [], secure: 'yes' };
    expect(paths('simple-mail-transfer-protocol', smtp)).toEqual(['port:invalid_type', 'auth:invalid_type', 'secure:invalid_type']);
    expect(paths('google-universal', { clientId: 'a', clientSecret: 'b', prompts: ['consent', 'never'] })).toEqual([
      'prompts.1:invalid_enum_value',
    ]);
  });

  it('requires a conditional field only while its condition holds', () => {
    const base = {
      authorizationEndpoint: 'https://idp/authorize',
      tokenEndpoint: 'https://idp/token',
      clientId: 'a',
      clientSecret: 'b',
      tokenEndpointAuthMethod: 'client_secret_post',
      scope: 'openid',
      idTokenVerificationConfig: { jwksUri: 'https://idp/jwks' },
    };
    expect(paths('oidc', base)).toEqual([]);
    expect(paths('oidc', { ...base, tokenEndpointAuthMethod: 'client_secret_jwt' })).toEqual([
      'clientSecretJwtSigningAlgorithm:invalid_type',
    ]);
  });
});

describe('cleanDeep', () => {
  it('drops empty strings, nulls and what becomes empty, at any depth, keeping false and 0', () => {
    expect(cleanDeep({ a: '', b: null, c: { d: '' }, e: [], f: false, g: 0, h: ['', 'x'], i: 'keep' })).toEqual({
      f: false,
      g: 0,
      h: ['x'],
      i: 'keep',
    });
  });
});
