// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers/index.ts';
import { consoleConfigDevPlugin } from '../../server/vite-plugin.ts';
import { APP_ID, APP_SECRET } from './harness.ts';
import { startStandInLogto } from './stand-in-logto.ts';

const running: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** `npm run dev` with these variables, on a free port, over an empty project. */
async function startDevServer(env: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'torii-vite-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  const server: ViteDevServer = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [consoleConfigDevPlugin({ env })],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  running.push(server);
  const { port } = server.httpServer?.address() as AddressInfo;
  return (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init);
}

describe('npm run dev', () => {
  it('answers /console-config with embedded mode when LOGTO_ENDPOINT is unset, and leaves /api to the embedded API', async () => {
    const dev = await startDevServer({});

    expect(await (await dev('/console-config')).json()).toEqual({ mode: 'embedded', tenantEndpoint: 'http://localhost:3001', problem: null });
    const api = await dev('/api/applications');
    expect(api.headers.get('content-type') ?? '').not.toMatch(/json/);
  });

  it('proxies /api to Logto with the M2M token when LOGTO_ENDPOINT is set', async () => {
    const logto = await startStandInLogto({ appId: APP_ID, appSecret: APP_SECRET, handlers });
    running.push(logto);
    const dev = await startDevServer({
      LOGTO_ENDPOINT: logto.origin,
      LOGTO_PUBLIC_ENDPOINT: 'https://auth.example.com',
      LOGTO_M2M_APP_ID: APP_ID,
      LOGTO_M2M_APP_SECRET: APP_SECRET,
    });

    expect(await (await dev('/console-config')).json()).toEqual({ mode: 'connected', tenantEndpoint: 'https://auth.example.com', problem: null });
    const list = await dev('/api/applications?page=1&page_size=20', { headers: { authorization: 'Bearer from-browser' } });
    expect(list.status).toBe(200);
    expect(list.headers.get('total-number')).not.toBeNull();
    expect(logto.apiRequests.at(-1)?.headers.authorization).toBe(`Bearer ${logto.issuedTokens.at(-1)}`);
  });

  it('refuses to start with a bad configuration, naming the variable', async () => {
    await expect(startDevServer({ LOGTO_ENDPOINT: 'http://localhost:3001' })).rejects.toThrow(/LOGTO_M2M_APP_ID is required/);
  });
});
