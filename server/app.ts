import { setTimeout as delay } from 'node:timers/promises';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EMBEDDED_TENANT_ENDPOINT, type ServerConfig } from './config.ts';
import { createLogtoClient } from './logto-client.ts';
import { ConnectionState } from './problems.ts';
import { createApiProxy } from './proxy.ts';
import { securityHeaders } from './security-headers.ts';
import { createStaticApp } from './static.ts';
import { createTokenSource } from './token.ts';

/** The longest `/console-config` waits for a first check of Logto before it answers. */
const CONFIG_WAIT_MS = 3_000;

export type AppDeps = {
  /** How the server reaches Logto; tests pass a fetch bound to the stand-in. */
  fetch?: typeof fetch;
  /** Clock for token expiry, so tests can move time instead of waiting. */
  now?: () => number;
  /** Where log lines go. Lines carry method, path, status and duration, never a header or body. */
  log?: (line: string) => void;
};

const NO_STORE = { 'cache-control': 'no-store' };
/** Generous for JSON; large enough for a branding logo sent as a data: URI. */
const MAX_API_BODY_BYTES = 10 * 1024 * 1024;

/**
 * `/console-config`, `/healthz`, `/readyz` and `/api/*`: everything but the SPA's files.
 * The Vite dev server mounts this part alone (server/vite-plugin.ts).
 */
export function createApiRoutes(config: ServerConfig, deps: AppDeps = {}) {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, NO_STORE));

  const logto = config.logto;
  if (!logto) {
    app.get('/console-config', (c) => c.json({ mode: 'embedded', tenantEndpoint: EMBEDDED_TENANT_ENDPOINT, problem: null }, 200, NO_STORE));
    app.get('/readyz', (c) => c.json({ ready: true, mode: 'embedded' }, 200, NO_STORE));
    // The embedded API answers /api inside the browser; a request that gets here has nowhere to go.
    app.all('/api/*', (c) =>
      c.json({ code: 'torii.not_connected', message: 'This Torii runs the embedded API in the browser; set LOGTO_ENDPOINT to connect a Logto server.' }, 404, NO_STORE),
    );
    return app;
  }

  const log = deps.log ?? console.log;
  const state = new ConnectionState();
  const tokens = createTokenSource({ connection: logto, fetch: deps.fetch, now: deps.now });
  const client = createLogtoClient({ connection: logto, tokens, state, fetch: deps.fetch, log });

  app.get('/console-config', async (c) => {
    // A freshly loaded SPA learns here whether to show the console or a page saying what is wrong. It
    // renders nothing until this answers, so a Logto that accepts connections but never replies may
    // hold it only briefly: after CONFIG_WAIT_MS the answer is what is known so far, and the check
    // goes on behind it for the next load.
    await Promise.race([client.verify(), delay(CONFIG_WAIT_MS, undefined, { ref: false })]);
    const { problem } = state;
    // With a problem, the page names the address this server called (LOGTO_ENDPOINT), which may differ
    // from the public one (a container name behind a proxy, say): that is the one to check.
    const detail = problem ? { logtoEndpoint: logto.endpoint } : {};
    return c.json({ mode: 'connected', tenantEndpoint: logto.publicEndpoint, problem, ...detail }, 200, NO_STORE);
  });
  app.get('/readyz', async (c) => {
    const ready = await client.isReachable();
    return c.json({ ready, mode: 'connected', problem: ready ? state.problem : 'unreachable' }, ready ? 200 : 503, NO_STORE);
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) => c.json({ code: 'torii.payload_too_large', message: 'The request body is too large.' }, 413),
    }),
  );
  app.all('/api/*', createApiProxy(client));
  return app;
}

/** One line per request: method, path without the query, status, duration. */
function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  };
}

/** The whole server: security headers on every response, the routes above, then the SPA. */
export function createApp(config: ServerConfig, deps: AppDeps = {}) {
  const log = deps.log ?? console.log;
  const app = new Hono();
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.route('/', createApiRoutes(config, deps));
  app.route('/', createStaticApp(config.distDir));
  app.notFound((c) => c.text('Not Found', 404, NO_STORE));
  app.onError((error, c) => {
    log(`${c.req.method} ${c.req.path} failed: ${error.name}`);
    return c.json({ message: 'Internal server error.' }, 500, NO_STORE);
  });
  return app;
}
