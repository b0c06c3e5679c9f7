// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers/index.ts';
import { APP_ID, APP_SECRET, makeDist, startTorii, type ToriiUnderTest } from './harness.ts';
import { startStandInLogto, type StandInLogto } from './stand-in-logto.ts';

const LIST = '/api/applications?page=1&page_size=20';
const distDir = makeDist();

let clock = Date.parse('2026-05-01T00:00:00Z');
const now = () => clock;
let logto: StandInLogto;
let torii: ToriiUnderTest;

beforeEach(async () => {
  clock = Date.parse('2026-05-01T00:00:00Z');
  logto = await startStandInLogto({ appId: APP_ID, appSecret: APP_SECRET, handlers, now, tokenLifetimeSeconds: 3600 });
  torii = await startTorii({ distDir, logto: { endpoint: logto.origin }, now });
});

afterEach(async () => {
  await torii.close();
  await logto.close();
});

describe('the machine-to-machine token', () => {
  it('is requested with Basic client credentials, the Management API resource and scope all', async () => {
    const response = await torii.fetch(LIST);

    expect(response.status).toBe(200);
    expect(logto.tokenRequests).toHaveLength(1);
    const [request] = logto.tokenRequests;
    expect(request?.authorization).toBe(`Basic ${Buffer.from(`${APP_ID}:${APP_SECRET}`).toString('base64')}`);
    expect(request?.form).toEqual({ grant_type: 'client_credentials', resource: 'https://default.logto.app/api', scope: 'all' });
    expect(logto.apiRequests.at(-1)?.headers.authorization).toBe(`Bearer ${logto.issuedTokens[0]}`);
  });

  it('is fetched once for many concurrent calls', async () => {
    const hold = logto.holdTokenResponses();
    const calls = Array.from({ length: 20 }, () => torii.fetch(LIST));
    // Release the token only when all twenty are inside the server, waiting for it.
    await Promise.all([hold.requested, torii.arrived(20)]);
    hold.release();
    const responses = await Promise.all(calls);

    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(logto.tokenRequests).toHaveLength(1);
    const used = new Set(logto.apiRequests.map((request) => request.headers.authorization));
    expect([...used]).toEqual([`Bearer ${logto.issuedTokens[0]}`]);
  });

  it('is reused while valid and renewed before it expires, so Logto never sees an expired token', async () => {
    await torii.fetch(LIST);
    clock += 30 * 60_000;
    await torii.fetch(LIST);
    expect(logto.tokenRequests).toHaveLength(1);

    // Inside the last minute of the hour: renewed ahead of time.
    clock += 29 * 60_000 + 30_000;
    expect((await torii.fetch(LIST)).status).toBe(200);
    expect(logto.tokenRequests).toHaveLength(2);

    // Long after that token's expiry too.
    clock += 5 * 3600_000;
    expect((await torii.fetch(LIST)).status).toBe(200);
    expect(logto.tokenRequests).toHaveLength(3);
    expect(logto.rejectedApiRequests).toBe(0);
    expect(logto.apiRequests.at(-1)?.headers.authorization).toBe(`Bearer ${logto.issuedTokens[2]}`);
  });

  it('is fetched again once when the API answers 401, and the request is sent again with its body', async () => {
    await torii.fetch(LIST);
    logto.revokeTokens();

    const response = await torii.fetch('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Retried app', type: 'SPA' }),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Retried app', type: 'SPA' });
    expect(logto.tokenRequests).toHaveLength(2);
    const posts = logto.apiRequests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.headers.authorization)).toEqual([`Bearer ${logto.issuedTokens[0]}`, `Bearer ${logto.issuedTokens[1]}`]);
    expect(posts.map((request) => request.body)).toEqual([JSON.stringify({ name: 'Retried app', type: 'SPA' }), JSON.stringify({ name: 'Retried app', type: 'SPA' })]);
    // Created once: the first attempt never reached the handlers.
    const list = (await (await torii.fetch(`${LIST}&search=%25Retried%25`)).json()) as unknown[];
    expect(list).toHaveLength(1);
  });

  it('is retried only once: a second 401 becomes torii.token_failed, and /console-config says so', async () => {
    logto.rejectAllTokens = true;

    const response = await torii.fetch(LIST);

    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'torii.token_failed' });
    expect(logto.tokenRequests).toHaveLength(2);
    expect(logto.apiRequests.filter((request) => request.url.includes('/api/applications'))).toHaveLength(2);
    expect(await (await torii.fetch('/console-config')).json()).toMatchObject({ mode: 'connected', problem: 'token_failed' });
  });
});
