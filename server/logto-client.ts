import { proxy } from 'hono/proxy';
import type { LogtoConnection } from './config.ts';
import { type ConnectionState, LogtoProblem } from './problems.ts';
import type { TokenSource } from './token.ts';

export type LogtoClientOptions = {
  connection: LogtoConnection;
  tokens: TokenSource;
  state: ConnectionState;
  fetch?: typeof fetch;
  log: (line: string) => void;
  timeoutMs?: number;
};

export type AuthorizedRequest = {
  method: string;
  /** Path and query, starting with `/api/`. */
  path: string;
  headers: Headers;
  body?: ArrayBuffer | undefined;
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number;
};

const PROBE_PATH = '/api/applications?page=1&page_size=1';
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Calls the Management API with the machine-to-machine token: fetched once if the API rejects it,
 * and every outcome recorded in `state` so `/console-config` can report it.
 */
export function createLogtoClient({ connection, tokens, state, fetch: fetchImpl = fetch, log, timeoutMs = 30_000 }: LogtoClientOptions) {
  function record(problem: LogtoProblem | null) {
    const before = state.problem;
    if (problem) {
      state.fail(problem.kind);
      // Once per change, not per request: a down Logto would otherwise flood the log.
      if (before !== problem.kind) log(`Logto problem: ${problem.kind} (${problem.message})`);
    } else {
      state.succeed();
      if (before) log('Logto connection restored');
    }
  }

  async function send(request: AuthorizedRequest, token: string): Promise<Response> {
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${token}`);
    const timeout = AbortSignal.timeout(request.timeoutMs ?? timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    try {
      return await proxy(`${connection.endpoint}${request.path}`, {
        method: request.method,
        headers,
        body: request.body,
        signal,
        customFetch: fetchImpl,
      });
    } catch (error) {
      // The browser went away: nothing is wrong with Logto.
      if (request.signal?.aborted) throw error;
      throw new LogtoProblem('unreachable', `${request.method} ${connection.endpoint}${request.path.split('?')[0]} failed`);
    }
  }

  async function isForbidden(response: Response) {
    if (response.status !== 403) return false;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    return typeof body === 'object' && body !== null && 'code' in body && body.code === 'auth.forbidden';
  }

  /** Resolves with Logto's answer, or rejects with a LogtoProblem when it cannot be used as one. */
  async function request(request: AuthorizedRequest): Promise<Response> {
    try {
      let token = await tokens.get();
      let response = await send(request, token);
      if (response.status === 401) {
        // Revoked, rotated signing keys, or expired early: one fresh token, one more try.
        await response.body?.cancel();
        tokens.invalidate(token);
        token = await tokens.get();
        response = await send(request, token);
        if (response.status === 401) {
          await response.body?.cancel();
          throw new LogtoProblem('token_failed', `the Management API rejected a fresh token (check LOGTO_MANAGEMENT_RESOURCE)`);
        }
      }
      if (await isForbidden(response)) {
        await response.body?.cancel();
        throw new LogtoProblem('forbidden', 'the Management API answered 403 auth.forbidden');
      }
      // Any other answer proves the credentials work; 5xx errors belong to that one request.
      record(null);
      return response;
    } catch (error) {
      if (error instanceof LogtoProblem) record(error);
      throw error;
    }
  }

  let probing: Promise<void> | null = null;

  /** Makes sure `state` is current: one cheap authorised call unless a call already succeeded. */
  function verify(): Promise<void> {
    if (state.verified) return Promise.resolve();
    // The SPA waits for this at boot: a Logto that accepts connections but never answers must not hang it long.
    probing ??= request({ method: 'GET', path: PROBE_PATH, headers: new Headers({ accept: 'application/json' }), timeoutMs: PROBE_TIMEOUT_MS })
      .then((response) => response.body?.cancel())
      .catch(() => undefined)
      .finally(() => {
        probing = null;
      });
    return probing;
  }

  /** Whether Logto answers at all (its anonymous status endpoint), for the readiness check. */
  async function isReachable() {
    try {
      const response = await fetchImpl(`${connection.endpoint}/api/status`, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  }

  return { request, verify, isReachable };
}

export type LogtoClient = ReturnType<typeof createLogtoClient>;
