import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { server } from '../../../mocks/node';
import { apiRequest, buildApiUrl, holdRequestsUntil } from '../../../src/lib/api-client';
import { ApiError } from '../../../src/lib/api-error';
import { setCurrentLanguage } from '../../../src/lib/i18n-language';
import { readTotal } from '../../../src/lib/pagination';
import { shouldRetry } from '../../../src/lib/query-client';

const failWith = async (path: string) => {
  try {
    await apiRequest(path, { schema: z.object({ id: z.string() }) });
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
};

describe('apiRequest', () => {
  it('turns a Logto error body into an ApiError with code, details and data', async () => {
    server.use(
      http.get('*/api/probe', () =>
        HttpResponse.json(
          { code: 'connector.invalid_config', message: 'Invalid config', details: 'Error in key path "config.appId": Required', data: { a: 1 } },
          { status: 400 },
        ),
      ),
    );
    const error = await failWith('/probe');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'connector.invalid_config', message: 'Invalid config', data: { a: 1 }, kind: 'http' });
    expect(error.detailLines()).toEqual([{ path: 'config.appId', text: 'Required' }]);
  });

  it('keeps the code-less 400 that Logto sends for malformed JSON', async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.json({ message: 'Unexpected token' }, { status: 400 })));
    const error = await failWith('/probe');
    expect(error).toMatchObject({ status: 400, code: undefined, message: 'Unexpected token' });
  });

  it('reports a bare 500 and a network failure', async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.json({ message: 'Internal server error.' }, { status: 500 })));
    expect(await failWith('/probe')).toMatchObject({ status: 500, kind: 'http' });
    server.use(http.get('*/api/probe', () => HttpResponse.error()));
    expect(await failWith('/probe')).toMatchObject({ status: 0, kind: 'network' });
  });

  it('gives up on a request that gets no answer in time, but not on one the caller cancelled', async () => {
    server.use(http.get('*/api/probe', async () => { await delay('infinite'); return HttpResponse.json({ id: 'x' }); }));
    const timedOut = await apiRequest('/probe', { timeoutMs: 50 }).catch((error: unknown) => error);
    expect(timedOut).toMatchObject({ status: 0, kind: 'timeout' });
    expect(shouldRetry(0, timedOut)).toBe(false);

    const controller = new AbortController();
    const cancelled = apiRequest('/probe', { signal: controller.signal, timeoutMs: 60_000 }).catch((error: unknown) => error);
    controller.abort();
    expect(await cancelled).toMatchObject({ name: 'AbortError' });
  });

  it('sends nothing until the embedded API has started, and explains when it could not', async () => {
    const sent: string[] = [];
    server.use(
      http.get('*/api/probe', () => {
        sent.push('probe');
        return HttpResponse.json({ id: 'x' });
      }),
    );
    try {
      // Never starts: the request waits, then runs out of time without having been sent.
      holdRequestsUntil(new Promise(() => undefined));
      expect(await apiRequest('/probe', { timeoutMs: 50 }).catch((error: unknown) => error)).toMatchObject({ kind: 'timeout' });
      expect(sent).toEqual([]);

      holdRequestsUntil(Promise.reject(new Error('Service workers are disabled')));
      const failed = await apiRequest('/probe').catch((error: unknown) => error);
      expect(failed).toMatchObject({ status: 0, code: 'torii.embedded_api_failed', message: 'Service workers are disabled' });
      expect(sent).toEqual([]);

      holdRequestsUntil(Promise.resolve());
      expect((await apiRequest('/probe', { schema: z.object({ id: z.string() }) })).data).toEqual({ id: 'x' });
      expect(sent).toEqual(['probe']);
    } finally {
      holdRequestsUntil(Promise.resolve());
    }
  });

  it('rejects a response of the wrong shape before a component sees it', async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.json({ id: 42 })));
    expect(await failWith('/probe')).toMatchObject({ kind: 'invalid_response' });
  });

  it('sends Accept-Language with the console language', async () => {
    let language: string | null = null;
    server.use(
      http.get('*/api/probe', ({ request }) => {
        language = request.headers.get('accept-language');
        return HttpResponse.json({ id: 'x' });
      }),
    );
    setCurrentLanguage('ja');
    await apiRequest('/probe', { schema: z.object({ id: z.string() }) });
    setCurrentLanguage('en');
    expect(language).toBe('ja');
  });

  it('builds query strings with repeated keys', () => {
    expect(buildApiUrl('/applications', { page: 2, types: ['SPA', 'Native'], search: undefined })).toMatch(
      /\/api\/applications\?page=2&types=SPA&types=Native$/,
    );
  });
});

describe('retry policy', () => {
  const http500 = new ApiError({ status: 500, kind: 'http', message: 'x' });
  const network = new ApiError({ status: 0, kind: 'network', message: 'x' });
  const http404 = new ApiError({ status: 404, kind: 'http', message: 'x' });

  it.each([
    ['a 5xx, first failure', 0, http500, true],
    ['a network error, second failure', 1, network, true],
    ['a 5xx after two retries', 2, http500, false],
    ['a 4xx', 0, http404, false],
  ])('%s', (_name, count, error, expected) => {
    expect(shouldRetry(count, error)).toBe(expected);
  });
});

describe('readTotal', () => {
  it('reads Total-Number and falls back when it is absent', () => {
    expect(readTotal(new Headers({ 'Total-Number': '10000' }), 20)).toBe(10000);
    expect(readTotal(new Headers(), 3)).toBe(3);
  });
});
