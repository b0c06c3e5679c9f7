import { describe, expect, test } from 'vitest';
import type { Connector } from '../../../src/api/connectors';
import type { SignInExperience } from '../../../src/api/sign-in-experience';
import { deepEqual } from '../../../src/features/sign-in-experience/model/deep-equal';
import { diffTargets, droppedTargets } from '../../../src/features/sign-in-experience/model/diff';
import { toCandidate, toFormValues, toPatch } from '../../../src/features/sign-in-experience/model/form-values';
import { buildPreview } from '../../../src/features/sign-in-experience/model/preview';
import { saveErrorField } from '../../../src/features/sign-in-experience/model/save-error';
import {
  ensureSignInMethods,
  signUpFor,
  toSignUpChoice,
} from '../../../src/features/sign-in-experience/model/sign-up-identifier';
import {
  addableTargets,
  connectorDisplayName,
  groupSocialTargets,
  moveItem,
} from '../../../src/features/sign-in-experience/model/social-targets';
import { ApiError } from '../../../src/lib/api-error';

const connector = (id: string, target: string, platform: Connector['platform'], name: Record<string, string> & { en: string }, type: Connector['type'] = 'Social'): Connector => ({
  id,
  connectorId: id,
  target,
  platform,
  type,
  name,
  description: { en: '' },
  logo: `data:${id}`,
  config: {},
});

const alipayWeb = connector('alipay-web', 'alipay', 'Web', { en: 'Alipay' });
const alipayNative = connector('alipay-native', 'alipay', 'Native', { en: 'Alipay' });
const patreon = connector('patreon-universal', 'patreon', 'Universal', { en: 'Patreon' });
const google = connector('google-universal', 'google', 'Universal', { en: 'Google', ja: 'Google（グーグル）' });
const smtp = connector('smtp', 'smtp', null, { en: 'SMTP' }, 'Email');

// Fixture 063, the keys this tab reads.
const stored = (): SignInExperience => ({
  signUp: { identifiers: ['username'], password: true, verify: false },
  signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
  socialSignIn: {},
  socialSignInConnectorTargets: ['patreon', 'gone', 'alipay'],
});

describe('sign-up identifier', () => {
  test('reads stored identifiers as one of the five choices', () => {
    expect(toSignUpChoice([])).toBe('none');
    expect(toSignUpChoice(['username'])).toBe('username');
    expect(toSignUpChoice(['phone', 'email'])).toBe('emailOrPhone');
    expect(toSignUpChoice(['phone'])).toBe('phone');
  });

  test('"Not applicable" is identifiers [] with password and verify off (fixture 090); extra keys are kept', () => {
    expect(signUpFor('none', { identifiers: ['username'], password: true, verify: false, secondaryIdentifiers: [] })).toEqual({
      identifiers: [],
      password: false,
      verify: false,
      secondaryIdentifiers: [],
    });
    expect(signUpFor('username', stored().signUp)).toEqual({ identifiers: ['username'], password: true, verify: false });
    expect(signUpFor('emailOrPhone', stored().signUp)).toEqual({ identifiers: ['email', 'phone'], password: true, verify: true });
  });

  test('adds a sign-in method for each sign-up identifier and widens an existing one, removing none', () => {
    const signIn = { methods: [{ identifier: 'email' as const, password: false, verificationCode: true, isPasswordPrimary: false }] };
    const result = ensureSignInMethods(signIn, { identifiers: ['email', 'phone'], password: true, verify: true });
    expect(result.methods).toEqual([
      { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: false },
      { identifier: 'phone', password: true, verificationCode: true, isPasswordPrimary: true },
    ]);
    expect(ensureSignInMethods(stored().signIn, signUpFor('none', stored().signUp))).toEqual(stored().signIn);
  });
});

describe('social targets', () => {
  test('groups configured social connectors by target, preferring the web connector, platforms ordered', () => {
    const groups = groupSocialTargets([alipayNative, patreon, smtp, alipayWeb]);
    expect([...groups.keys()]).toEqual(['alipay', 'patreon']);
    expect(groups.get('alipay')?.connector.id).toBe('alipay-web');
    expect(groups.get('alipay')?.platforms).toEqual(['Web', 'Native']);
    expect(addableTargets(['patreon'], groups).map((item) => item.target)).toEqual(['alipay']);
  });

  test('names carry the platform only for providers split by platform, in the requested language', () => {
    expect(connectorDisplayName(alipayWeb, 'ja')).toBe('Alipay (Web)');
    expect(connectorDisplayName(alipayNative, 'en')).toBe('Alipay (Native)');
    expect(connectorDisplayName(patreon, 'ja')).toBe('Patreon');
    expect(connectorDisplayName(google, 'ja')).toBe('Google（グーグル）');
  });

  test('moves an item and ignores moves out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});

describe('diff', () => {
  test('tells added, removed and reordered apart', () => {
    expect(diffTargets(['a', 'b', 'c'], ['b', 'a', 'd'])).toEqual({ added: ['d'], removed: ['c'], reordered: true });
    expect(diffTargets(['a', 'b'], ['a', 'x', 'b'])).toEqual({ added: ['x'], removed: [], reordered: false });
    expect(droppedTargets(['patreon', 'alipay', 'nope'], ['patreon', 'alipay'])).toEqual(['nope']);
  });

  test('deepEqual ignores key order and undefined keys, not array order', () => {
    expect(deepEqual({ a: 1, b: [1, 2], c: undefined }, { b: [1, 2], a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
  });
});

describe('form values → candidate → patch', () => {
  const available = groupSocialTargets([patreon, alipayWeb]);

  test('an untouched form patches nothing, even when the server lists a target without a connector', () => {
    const server = stored();
    const values = toFormValues(server, available);
    expect(values.socialTargets).toEqual(['patreon', 'alipay']);
    expect(toPatch(server, toCandidate(server, values, available), available)).toEqual({});
  });

  test('sends only the top-level keys that changed, each complete', () => {
    const server = stored();
    const values = { ...toFormValues(server, available), socialTargets: ['alipay', 'patreon'], collectIdentifier: false };
    const candidate = toCandidate(server, values, available);
    expect(toPatch(server, candidate, available)).toEqual({
      socialSignInConnectorTargets: ['alipay', 'patreon'],
      socialSignIn: { automaticAccountLinking: false, skipRequiredIdentifiers: true },
    });
  });

  test('the preview reads the candidate: the field from the sign-in methods, buttons in order, names in the preview language', () => {
    const server = stored();
    const values = { ...toFormValues(server, available), signUp: 'none' as const, socialTargets: ['alipay', 'patreon'] };
    const model = buildPreview(toCandidate(server, values, available), available, 'ja');
    // "Not applicable" changes sign-up only: username and password sign-in stay on the end user's page.
    expect(model).toEqual({
      field: 'username',
      password: true,
      buttons: [
        { target: 'alipay', name: 'Alipay (Web)', logo: 'data:alipay-web', logoDark: null },
        { target: 'patreon', name: 'Patreon', logo: 'data:patreon-universal', logoDark: null },
      ],
    });
  });

  test.each([
    [[], null, false],
    [[{ identifier: 'email', password: false, verificationCode: true, isPasswordPrimary: false }], 'email', false],
    [
      [
        { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
        { identifier: 'phone', password: false, verificationCode: true, isPasswordPrimary: false },
      ],
      'username_or_phone',
      false,
    ],
    [
      [
        { identifier: 'phone', password: true, verificationCode: true, isPasswordPrimary: true },
        { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: true },
        { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
      ],
      'any',
      true,
    ],
  ] as const)('sign-in methods %j show the field %s (password box: %s)', (methods, field, password) => {
    const server = { ...stored(), signIn: { methods: [...methods] } };
    const model = buildPreview(toCandidate(server, toFormValues(server, available), available), available, 'en');
    expect({ field: model.field, password: model.password }).toEqual({ field, password });
  });

  test('option changes are not sent once no social button is left to show them', () => {
    const server = stored();
    const values = { ...toFormValues(server, available), socialTargets: [], automaticAccountLinking: true };
    const candidate = toCandidate(server, values, available);
    expect(candidate.socialSignIn).toEqual(server.socialSignIn);
    expect(toPatch(server, candidate, available)).toEqual({ socialSignInConnectorTargets: [] });
  });
});

test('save errors land where they belong', () => {
  const http = (status: number, code?: string, details?: string) => new ApiError({ status, kind: 'http', message: 'x', code, details });
  expect(saveErrorField(http(400, 'sign_in_experiences.enabled_connector_not_found'))).toBe('signUp');
  expect(saveErrorField(http(400, 'guard.invalid_input', 'Error in key path "socialSignInConnectorTargets": bad'))).toBe('social');
  expect(saveErrorField(http(400, 'guard.invalid_input', 'Error in key path "signIn.methods.0": bad'))).toBe('signUp');
  expect(saveErrorField(http(500))).toBe('form');
  expect(saveErrorField(new Error('boom'))).toBe('form');
});
