// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, record } from '../testing/api';

const signUp = (identifiers: string[], password: boolean, verify: boolean) => ({ signUp: { identifiers, password, verify } });
const codeOf = async (body: unknown) => record((await api('PATCH', '/sign-in-exp', body)).body).code;

describe('sign-in experience', () => {
  it('returns the whole object after a top-level partial update', async () => {
    const { body } = await api('PATCH', '/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } });
    expect(record(body)).toMatchObject({ socialSignIn: { automaticAccountLinking: true }, signUp: { identifiers: ['username'] } });
  });

  it('needs an Email or SMS connector for email or phone sign-up, in the caller language', async () => {
    const email = await api('PATCH', '/sign-in-exp', signUp(['email'], false, true), { 'accept-language': 'ja' });
    expect(record(email.body)).toEqual({ code: 'sign_in_experiences.enabled_connector_not_found', message: 'Emailコネクタが見つかりません。' });
    const phone = await api('PATCH', '/sign-in-exp', signUp(['phone'], false, true));
    expect(record(phone.body).message).toBe('Enabled Sms connector not found.');
    await api('POST', '/connectors', {
      connectorId: 'twilio-short-message-service',
      config: { accountSID: 'AC1', authToken: 't', fromMessagingServiceSID: 'MG1', templates: [] },
    });
    expect((await api('PATCH', '/sign-in-exp', signUp(['phone'], false, true))).status).toBe(200);
  });

  it('enforces the sign-up rules', async () => {
    expect(await codeOf(signUp(['username'], false, false))).toBe('sign_in_experiences.username_requires_password');
    expect(await codeOf(signUp([], false, false))).toBeUndefined();
  });

  it('enforces the sign-in rules when sign-in methods are sent', async () => {
    const method = { identifier: 'username', password: false, verificationCode: false, isPasswordPrimary: true };
    expect(await codeOf({ signIn: { methods: [method] } })).toBe('sign_in_experiences.at_least_one_authentication_factor');
    const emailCode = { ...method, identifier: 'email', verificationCode: true };
    expect(await codeOf({ signIn: { methods: [emailCode] } })).toBe('sign_in_experiences.enabled_connector_not_found');
  });

  it('refuses hiding the Logto branding, as open-source Logto does', async () => {
    expect(await codeOf({ hideLogtoBranding: true })).toBe('request.invalid_input');
  });
});
