// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHED_ASSET, makeDist, startTorii, type ToriiUnderTest } from './harness.ts';

let torii: ToriiUnderTest;

beforeAll(async () => {
  // Embedded mode: no LOGTO_ENDPOINT. Static serving and headers are the same in both modes.
  torii = await startTorii({ distDir: makeDist(), logto: null });
});

afterAll(() => torii.close());

const EXPECTED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toBe(EXPECTED_CSP);
  const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSources).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
  expect(response.headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  it.each(['/', '/applications/abc', HASHED_ASSET, '/favicon.svg', '/mockServiceWorker.js', '/console-config', '/healthz', '/readyz', '/api/applications', '/assets/missing.js'])(
    'are on %s',
    async (path) => {
      expectSecurityHeaders(await torii.fetch(path));
    },
  );
});

describe('the built SPA', () => {
  it('serves index.html for / and for client routes, never cached', async () => {
    for (const path of ['/', '/applications', '/applications/abc/settings', '/connectors/new?type=Social']) {
      const response = await torii.fetch(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(await response.text(), path).toContain('<div id="root">');
    }
  });

  it('serves hashed assets for a year, immutable, and compressed when the browser accepts it', async () => {
    const response = await torii.fetch(HASHED_ASSET, { headers: { 'accept-encoding': 'gzip' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('console.log');
  });

  it('revalidates the other public files, and serves the embedded API worker as JavaScript', async () => {
    const worker = await torii.fetch('/mockServiceWorker.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect((await torii.fetch('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404, not index.html, for a missing file', async () => {
    for (const path of ['/assets/missing.js', '/missing.png']) {
      const response = await torii.fetch(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="root">');
    }
  });

  it('does not serve files outside dist', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const response = await torii.fetch(path);
      expect(await response.text(), path).not.toContain('"dependencies"');
    }
  });
});

describe('embedded mode (LOGTO_ENDPOINT unset)', () => {
  it('tells the SPA to start its embedded API, playing a Logto at localhost:3001', async () => {
    const response = await torii.fetch('/console-config');

    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ mode: 'embedded', tenantEndpoint: 'http://localhost:3001', problem: null });
  });

  it('has no Logto to proxy to', async () => {
    const response = await torii.fetch('/api/applications?page=1&page_size=20');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'torii.not_connected' });
  });

  it('is ready without a Logto', async () => {
    const response = await torii.fetch('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, mode: 'embedded' });
  });
});

describe('request log', () => {
  it('has one line per request: method, path without the query, status, duration', async () => {
    const before = torii.logs.length;
    await torii.fetch('/applications?search=private-term');

    expect(torii.logs.slice(before)).toEqual([expect.stringMatching(/^GET \/applications 200 \d+ms$/)]);
  });
});
