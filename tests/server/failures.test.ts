// @vitest-environment node
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers/index.ts';
import { APP_ID, APP_SECRET, makeDist, startTorii, type ToriiUnderTest } from './harness.ts';
import { startStandInLogto } from './stand-in-logto.ts';

const distDir = makeDist();
const LIST = '/api/applications?page=1&page_size=20';
const running: { close: () => Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function start(standIn: Partial<Parameters<typeof startStandInLogto>[0]> = {}, logto: { appSecret?: string; resource?: string } = {}) {
  const stand = await startStandInLogto({ appId: APP_ID, appSecret: APP_SECRET, handlers, ...standIn });
  const torii = await startTorii({ distDir, logto: { endpoint: stand.origin, ...logto } });
  running.push(torii, stand);
  return { stand, torii };
}

/** A loopback port with nothing listening on it. */
async function closedPort() {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function expectProblem(torii: ToriiUnderTest, status: number, kind: string) {
  const response = await torii.fetch(LIST);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { code: string; message: string };
  expect(body.code).toBe(`torii.${kind}`);
  expect(body.message).not.toBe('');
  expect(await (await torii.fetch('/console-config')).json()).toMatchObject({ mode: 'connected', problem: kind });
}

describe('when Logto cannot be used, /api answers with a torii.* code and /console-config names the problem', () => {
  it('unreachable: nothing listens at LOGTO_ENDPOINT', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const torii = await startTorii({ distDir, logto: { endpoint } });
    running.push(torii);

    await expectProblem(torii, 503, 'unreachable');
    // The page names the address this server called, which is the one to check.
    expect(await (await torii.fetch('/console-config')).json()).toMatchObject({ logtoEndpoint: endpoint });
    const ready = await torii.fetch('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, problem: 'unreachable' });
    expect(torii.logs.filter((line) => line.startsWith('Logto problem: unreachable'))).toHaveLength(1);
  });

  it('a Logto that accepts connections but never answers holds /console-config about 3 s, not until its timeout', async () => {
    // Accepts every connection and says nothing: the SPA renders nothing until /console-config answers.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    running.push({ close: () => new Promise<void>((resolve) => silent.close(() => resolve())) });
    silent.on('connection', (socket) => running.push({ close: async () => void socket.destroy() }));
    const torii = await startTorii({ distDir, logto: { endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` } });
    running.push(torii);

    const started = performance.now();
    const response = await torii.fetch('/console-config');
    const waited = performance.now() - started;
    expect(await response.json()).toMatchObject({ mode: 'connected', problem: null });
    expect(waited).toBeGreaterThanOrEqual(2_900);
    expect(waited).toBeLessThan(8_000);
  });

  it('unreachable, not token_failed: LOGTO_ENDPOINT answers /oidc/token with a plain 404 (not a Logto)', async () => {
    const other = createHttpServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Not Found</h1>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    running.push({ close: () => new Promise<void>((resolve) => other.close(() => resolve())) });
    const torii = await startTorii({ distDir, logto: { endpoint: `http://127.0.0.1:${(other.address() as AddressInfo).port}` } });
    running.push(torii);

    await expectProblem(torii, 503, 'unreachable');
  });

  it('token_failed: the secret is wrong (401 oidc.invalid_client)', async () => {
    const { torii, stand } = await start({}, { appSecret: 'not-the-secret' });

    await expectProblem(torii, 502, 'token_failed');
    expect(stand.apiRequests).toHaveLength(0);
  });

  it('token_failed: the resource is unknown (400 oidc.invalid_target)', async () => {
    const { torii } = await start({}, { resource: 'https://nope.example/api' });

    await expectProblem(torii, 502, 'token_failed');
  });

  it('forbidden: the app lacks the Management API role, so its token has no scope all', async () => {
    const { torii, stand } = await start();
    stand.grantedScope = '';

    await expectProblem(torii, 502, 'forbidden');
  });

  it('forbidden: the API answers 403 auth.forbidden', async () => {
    const { torii, stand } = await start();
    stand.forbidAll = true;

    await expectProblem(torii, 502, 'forbidden');
  });

  it('recovers once Logto accepts the credentials again', async () => {
    const { torii, stand } = await start();
    stand.forbidAll = true;
    await expectProblem(torii, 502, 'forbidden');

    stand.forbidAll = false;

    expect(await (await torii.fetch('/console-config')).json()).toMatchObject({ problem: null });
    expect((await torii.fetch(LIST)).status).toBe(200);
    expect(torii.logs).toContain('Logto connection restored');
  });
});
