import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { DEFAULT_MANAGEMENT_RESOURCE, type LogtoConnection, type ServerConfig } from '../../server/config.ts';
import { closeServer } from './stand-in-logto.ts';

export const APP_ID = 'torii-test-m2m';
/** Distinctive, so a leak anywhere is easy to find. */
export const APP_SECRET = 'S3cr3tValueThatMustNeverLeak0123';
export const HASHED_ASSET = '/assets/index-Bx7q2k9.js';

/** A small stand-in for `npm run build` output: the server tests must not depend on a real build. */
export function makeDist() {
  const dir = mkdtempSync(join(tmpdir(), 'torii-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><script type="module" src="${HASHED_ASSET}"></script></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(join(dir, HASHED_ASSET), `console.log(${JSON.stringify('x'.repeat(2000))});\n`);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {});\n');
  return dir;
}

export type ToriiUnderTest = Awaited<ReturnType<typeof startTorii>>;

/**
 * The real server on a loopback port. `arrivals` counts requests as they enter, so a test can
 * wait until concurrent requests are all inside the server.
 */
export async function startTorii(options: {
  distDir: string;
  logto: Partial<LogtoConnection> & { endpoint: string } | null;
  now?: () => number;
}) {
  const logs: string[] = [];
  const logto: LogtoConnection | null = options.logto
    ? {
        publicEndpoint: options.logto.endpoint,
        appId: APP_ID,
        appSecret: APP_SECRET,
        resource: DEFAULT_MANAGEMENT_RESOURCE,
        ...options.logto,
      }
    : null;
  const config: ServerConfig = { logto, port: 0, host: '127.0.0.1', distDir: options.distDir };
  const app = createApp(config, { log: (line) => logs.push(line), now: options.now });
  let arrivals = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server: ServerType = await new Promise((resolve) => {
    const started = serve(
      {
        fetch: (request) => {
          arrivals += 1;
          for (const waiter of waiters.filter((entry) => entry.count <= arrivals)) waiter.resolve();
          return app.fetch(request);
        },
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(started),
    );
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    logs,
    /** Settles once `count` requests in all have entered the server. */
    arrived(count: number) {
      return count <= arrivals ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }));
    },
    get arrivals() {
      return arrivals;
    },
    fetch(path: string, init?: RequestInit) {
      return fetch(`${origin}${path}`, init);
    },
    close: () => closeServer(server),
  };
}

/** Every header and the body of a response as one string, to search for leaks. */
export async function everythingIn(response: Response) {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}
