import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/components/ui/states';
import { ApiError } from '../../../src/lib/api-error';
import { parseConsoleConfig, setConsoleConfig } from '../../../src/lib/console-config';
import { i18next } from '../../../src/lib/i18n';

const t = i18next.t.bind(i18next) as Parameters<typeof describeError>[1];

describe('describeError', () => {
  it.each([
    ['a network failure', new ApiError({ status: 0, kind: 'network', message: 'Failed to fetch' }), 'could not be reached'],
    [
      'an embedded API that could not start',
      new ApiError({ status: 0, kind: 'network', code: 'torii.embedded_api_failed', message: 'x' }),
      'could not start in this browser',
    ],
    ['a request with no answer in time', new ApiError({ status: 0, kind: 'timeout', message: 'No answer' }), 'did not answer in time'],
    ['a 500', new ApiError({ status: 500, kind: 'http', message: 'Internal server error.' }), 'Your changes are still here'],
    [
      'a connected server that cannot sign in to Logto',
      new ApiError({ status: 502, kind: 'http', code: 'torii.token_failed', message: 'token' }),
      'LOGTO_M2M_APP_SECRET',
    ],
    ['a localised 4xx from Logto', new ApiError({ status: 404, kind: 'http', code: 'entity.not_found', message: 'Entity not found.' }), 'Entity not found.'],
  ])('explains %s', (_name, error, expected) => {
    expect(describeError(error, t)).toContain(expected);
  });
});

describe('a connection problem', () => {
  it('names the address the server called when it differs from the public one', () => {
    setConsoleConfig({ mode: 'connected', tenantEndpoint: 'https://auth.example.com', problem: 'unreachable', logtoEndpoint: 'http://logto:3001' });
    try {
      const error = new ApiError({ status: 503, kind: 'http', code: 'torii.unreachable', message: 'x' });
      expect(describeError(error, t)).toContain('http://logto:3001');
      expect(parseConsoleConfig({ mode: 'connected', tenantEndpoint: 'https://a.example', problem: null })).toEqual({
        mode: 'connected',
        tenantEndpoint: 'https://a.example',
        problem: null,
      });
    } finally {
      setConsoleConfig({ mode: 'embedded', tenantEndpoint: 'http://localhost:3001' });
    }
  });
});
