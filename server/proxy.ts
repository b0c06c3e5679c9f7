import type { Context } from 'hono';
import type { LogtoClient } from './logto-client.ts';
import { LogtoProblem, problemResponse } from './problems.ts';

/**
 * Browser headers that must not reach Logto: the browser's own credentials (the server adds its
 * token), and headers describing the browser's connection rather than ours.
 */
const DROPPED_REQUEST_HEADERS = ['authorization', 'cookie', 'host', 'origin', 'referer', 'content-length', 'forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto'];

/** Logto never sets cookies on /api; if something in between does, they must not land on our origin. */
const DROPPED_RESPONSE_HEADERS = ['set-cookie'];

/** `/api/*` → `<LOGTO_ENDPOINT>/api/*`, with the machine-to-machine token instead of the browser's credentials. */
export function createApiProxy(client: LogtoClient) {
  return async (c: Context) => {
    const incoming = c.req.raw;
    const url = new URL(incoming.url);
    const headers = new Headers(incoming.headers);
    for (const name of DROPPED_REQUEST_HEADERS) headers.delete(name);
    // Buffered rather than streamed: a 401 means sending the same body again with a fresh token.
    const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await incoming.arrayBuffer();
    try {
      const response = await client.request({
        method: incoming.method,
        path: `${url.pathname}${url.search}`,
        headers,
        body: body && body.byteLength > 0 ? body : undefined,
        signal: incoming.signal,
      });
      for (const name of DROPPED_RESPONSE_HEADERS) response.headers.delete(name);
      return response;
    } catch (error) {
      if (!(error instanceof LogtoProblem)) throw error;
      const { status, body: problem } = problemResponse(error.kind);
      return c.json(problem, status, { 'cache-control': 'no-store' });
    }
  };
}
