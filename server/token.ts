import { z } from 'zod';
import type { LogtoConnection } from './config.ts';
import { LogtoProblem } from './problems.ts';

export type TokenSourceOptions = {
  connection: LogtoConnection;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injectable so tests can move time instead of waiting. */
  now?: () => number;
  timeoutMs?: number;
};

export type TokenSource = {
  /** A valid access token, from the cache or from one shared request to `/oidc/token`. */
  get(): Promise<string>;
  /** Forget `token` after the API rejected it. A newer token that another request already fetched stays. */
  invalidate(token: string): void;
};

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
});

const oidcErrorSchema = z.object({ error: z.string().optional(), code: z.string().optional() });

type CachedToken = { value: string; renewAt: number; expiresAt: number };

/** Renew a minute early (half the lifetime for short-lived tokens) so no request carries a token about to expire. */
function renewalMargin(lifetimeMs: number) {
  return Math.min(60_000, lifetimeMs / 2);
}

export function createTokenSource({ connection, fetch: fetchImpl = fetch, now = Date.now, timeoutMs = 10_000 }: TokenSourceOptions): TokenSource {
  const tokenUrl = `${connection.endpoint}/oidc/token`;
  // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined for Basic auth.
  const basic = Buffer.from(`${encodeURIComponent(connection.appId)}:${encodeURIComponent(connection.appSecret)}`).toString('base64');
  let cached: CachedToken | null = null;
  let inFlight: Promise<string> | null = null;

  async function requestToken(): Promise<CachedToken> {
    // Count the lifetime from before the request: the token may have been issued just after we asked.
    const startedAt = now();
    let response: Response;
    try {
      response = await fetchImpl(tokenUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource: connection.resource, scope: 'all' }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new LogtoProblem('unreachable', `token request to ${tokenUrl} failed: ${describeNetworkError(error)}`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.status >= 500) {
      throw new LogtoProblem('unreachable', `token request to ${tokenUrl} answered ${response.status}`);
    }
    if (!response.ok) {
      const error = oidcErrorSchema.safeParse(body);
      if (!error.success || (error.data.error === undefined && error.data.code === undefined)) {
        // No OAuth error in the answer (a 404 page, another app's JSON): LOGTO_ENDPOINT is not a Logto,
        // so "check the credentials" would send the operator the wrong way.
        throw new LogtoProblem('unreachable', `token request to ${tokenUrl} answered ${response.status}, not as Logto would`);
      }
      const code = error.success ? (error.data.code ?? error.data.error ?? 'unknown') : 'unknown';
      // An app without the Management API role may be refused the `all` scope outright.
      const kind = error.success && error.data.error === 'invalid_scope' ? 'forbidden' : 'token_failed';
      throw new LogtoProblem(kind, `token request to ${tokenUrl} answered ${response.status} ${code}`);
    }
    const token = tokenResponseSchema.safeParse(body);
    if (!token.success) {
      throw new LogtoProblem('token_failed', `token request to ${tokenUrl} answered ${response.status} without a usable token`);
    }
    const scopes = token.data.scope?.split(' ') ?? ['all'];
    if (!scopes.includes('all')) {
      // Logto grants only the scopes of the app's roles; `all` comes with "Logto Management API access".
      throw new LogtoProblem('forbidden', `token from ${tokenUrl} lacks the scope "all"`);
    }
    const lifetimeMs = token.data.expires_in * 1000;
    const expiresAt = startedAt + lifetimeMs;
    return { value: token.data.access_token, expiresAt, renewAt: expiresAt - renewalMargin(lifetimeMs) };
  }

  function refresh(): Promise<string> {
    inFlight ??= requestToken()
      .then((token) => {
        cached = token;
        return token.value;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  return {
    async get() {
      const current = cached;
      if (current && now() < current.renewAt) return current.value;
      try {
        return await refresh();
      } catch (error) {
        // Renewal failed inside the safety margin: the old token is still good for a little while.
        if (current && cached === current && now() < current.expiresAt) return current.value;
        throw error;
      }
    },
    invalidate(token) {
      if (cached?.value === token) cached = null;
    },
  };
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause: unknown = error.cause;
    if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
    return error.message;
  }
  return 'unknown error';
}
