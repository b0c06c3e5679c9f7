// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers/index.ts';
import { APP_ID, APP_SECRET, makeDist, startTorii, type ToriiUnderTest } from './harness.ts';
import { startStandInLogto, type StandInLogto } from './stand-in-logto.ts';

let logto: StandInLogto;
let torii: ToriiUnderTest;

beforeAll(async () => {
  logto = await startStandInLogto({ appId: APP_ID, appSecret: APP_SECRET, handlers });
  torii = await startTorii({ distDir: makeDist(), logto: { endpoint: logto.origin, publicEndpoint: 'https://auth.example.com' } });
});

afterAll(async () => {
  await torii.close();
  await logto.close();
});

/** The same call straight to Logto with a valid token: what the browser must get back unchanged. */
async function direct(path: string, init: RequestInit = {}) {
  const token = logto.issuedTokens.at(-1);
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(`${logto.origin}${path}`, { ...init, headers });
}

const passedHeaders = ['content-type', 'total-number', 'link', 'etag'];

async function expectSameAnswer(path: string, init: RequestInit = {}) {
  const proxied = await torii.fetch(path, init);
  const original = await direct(path, init);
  expect(proxied.status).toBe(original.status);
  for (const name of passedHeaders) expect(proxied.headers.get(name), name).toBe(original.headers.get(name));
  expect(await proxied.text()).toBe(await original.text());
  return proxied;
}

describe('/api/* through the server', () => {
  it('passes a paginated list through: status, body, Total-Number, Link and ETag', async () => {
    for (const name of ['First app', 'Second app', 'Third app']) {
      await torii.fetch('/api/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, type: 'Traditional' }) });
    }
    const response = await expectSameAnswer('/api/applications?page=1&page_size=2');
    expect(Number(response.headers.get('total-number'))).toBeGreaterThanOrEqual(3);
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it('passes a 304 for a matching If-None-Match', async () => {
    const first = await torii.fetch('/api/sign-in-exp');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');

    const again = await torii.fetch('/api/sign-in-exp', { headers: { 'if-none-match': etag } });

    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('passes error statuses and bodies through, localised by Accept-Language', async () => {
    const notFound = await expectSameAnswer('/api/applications/does-not-exist', { headers: { 'accept-language': 'ja' } });
    expect(notFound.status).toBe(404);
    const invalid = await expectSameAnswer('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'SPA' }),
    });
    expect(invalid.status).toBe(400);
    expect(await (await torii.fetch('/api/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"SPA"}' })).json()).toMatchObject({
      code: 'guard.invalid_input',
    });
  });

  it('passes request bodies and methods through: create, patch, delete', async () => {
    const created = await torii.fetch('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bookstore', type: 'Traditional', description: '本屋' }),
    });
    expect(created.status).toBe(200);
    const app = (await created.json()) as { id: string; name: string; description: string };
    expect(app).toMatchObject({ name: 'Bookstore', description: '本屋' });

    const patched = await torii.fetch(`/api/applications/${app.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bookstore 2' }),
    });
    expect(await patched.json()).toMatchObject({ id: app.id, name: 'Bookstore 2' });

    const deleted = await torii.fetch(`/api/applications/${app.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await torii.fetch(`/api/applications/${app.id}`)).status).toBe(404);
  });

  it("drops the browser's Authorization and Cookie headers and sends the server's token instead", async () => {
    await torii.fetch('/api/applications?page=1&page_size=1', {
      headers: { authorization: 'Bearer token-from-the-browser', cookie: 'session=browser-cookie', 'accept-language': 'ja', 'x-request-note': 'kept' },
    });

    const seen = logto.apiRequests.at(-1);
    expect(seen?.headers.authorization).toBe(`Bearer ${logto.issuedTokens.at(-1)}`);
    expect(seen?.headers.cookie).toBeUndefined();
    expect(JSON.stringify(seen?.headers)).not.toContain('browser');
    expect(seen?.headers['accept-language']).toBe('ja');
    expect(seen?.headers['x-request-note']).toBe('kept');
  });
});

describe('/console-config', () => {
  it('names the public endpoint and reports no problem, with nothing secret in it', async () => {
    const response = await torii.fetch('/console-config');

    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ mode: 'connected', tenantEndpoint: 'https://auth.example.com', problem: null });
  });
});

describe('/healthz and /readyz', () => {
  it('says the server is alive and that Logto answers', async () => {
    expect((await torii.fetch('/healthz')).status).toBe(200);
    const ready = await torii.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, mode: 'connected' });
  });
});
