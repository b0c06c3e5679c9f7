import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { getResponse, type RequestHandler } from 'msw';

/**
 * A Logto on a loopback port for the server tests: `/oidc/token` with client credentials, and
 * `/api/*` answered by the embedded API's own MSW handlers (called directly through
 * `getResponse`, no interception) behind the Management API's bearer-token check.
 * Error bodies copy the recorded fixtures 004-006, 068 and 069.
 */
export type StandInOptions = {
  appId: string;
  appSecret: string;
  handlers: RequestHandler[];
  resource?: string;
  tokenLifetimeSeconds?: number;
  /** Shared with the server under test, so both agree when a token expires. */
  now?: () => number;
  /** 0 (the default) picks a free port. */
  port?: number;
};

export type RecordedRequest = { method: string; url: string; headers: Record<string, string>; body: string };

type IssuedToken = { expiresAt: number; scopes: string[] };

export type StandInLogto = Awaited<ReturnType<typeof startStandInLogto>>;

export async function startStandInLogto(options: StandInOptions) {
  const resource = options.resource ?? 'https://default.logto.app/api';
  const now = options.now ?? Date.now;
  const tokens = new Map<string, IssuedToken>();
  let tokenGate: Promise<void> | null = null;
  let announceTokenRequest: (() => void) | null = null;

  const control = {
    origin: '',
    /** Every POST /oidc/token, with its Authorization header and form fields. */
    tokenRequests: [] as { authorization: string; form: Record<string, string> }[],
    issuedTokens: [] as string[],
    /** Every /api request as Logto received it. */
    apiRequests: [] as RecordedRequest[],
    /** How many /api requests were answered 401 or 403. */
    rejectedApiRequests: 0,
    /** Scope granted to new tokens: '' plays an app without the "Logto Management API access" role. */
    grantedScope: 'all',
    /** The API refuses every token, as with a wrong audience. */
    rejectAllTokens: false,
    /** The API answers 403 auth.forbidden to every token. */
    forbidAll: false,
    /** Invalidate every token issued so far (signing keys rotated, say). */
    revokeTokens() {
      tokens.clear();
    },
    /** Holds token responses until `release()`; `requested` settles when the first token request arrives. */
    holdTokenResponses() {
      let release = () => {};
      tokenGate = new Promise<void>((resolve) => {
        release = () => {
          tokenGate = null;
          resolve();
        };
      });
      const requested = new Promise<void>((resolve) => {
        announceTokenRequest = resolve;
      });
      return { requested, release };
    },
    close: async () => {},
  };

  const app = new Hono();

  app.post('/oidc/token', async (c) => {
    const authorization = c.req.header('authorization') ?? '';
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    control.tokenRequests.push({ authorization, form });
    announceTokenRequest?.();
    announceTokenRequest = null;
    if (tokenGate) await tokenGate;

    const [id, secret] = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8').split(':').map(decodeURIComponent);
    if (!authorization.startsWith('Basic ') || id !== options.appId || secret !== options.appSecret) {
      return c.json(
        { code: 'oidc.invalid_client', message: 'An OIDC error occurred: oidc.invalid_client.', error: 'invalid_client', error_description: 'client authentication failed' },
        401,
      );
    }
    if (form.grant_type !== 'client_credentials') {
      return c.json({ code: 'oidc.unsupported_grant_type', message: 'Unsupported grant type.', error: 'unsupported_grant_type' }, 400);
    }
    if (form.resource !== resource) {
      return c.json(
        { code: 'oidc.invalid_target', message: 'Invalid resource indicator.', error: 'invalid_target', error_description: 'resource indicator is missing, or unknown' },
        400,
      );
    }
    const lifetime = options.tokenLifetimeSeconds ?? 3600;
    const requested = (form.scope ?? '').split(' ');
    const scopes = control.grantedScope ? requested.filter((scope) => scope === control.grantedScope) : [];
    const token = `stand-in.${randomUUID()}`;
    tokens.set(token, { expiresAt: now() + lifetime * 1000, scopes });
    control.issuedTokens.push(token);
    return c.json({ access_token: token, expires_in: lifetime, token_type: 'Bearer', scope: scopes.join(' ') });
  });

  app.all('/api/*', async (c) => {
    const request = c.req.raw.clone();
    control.apiRequests.push({
      method: c.req.method,
      url: c.req.url,
      headers: Object.fromEntries(c.req.raw.headers),
      body: await c.req.text(),
    });
    if (c.req.path === '/api/status') return c.body(null, 204);

    const authorization = c.req.header('authorization');
    if (!authorization) {
      control.rejectedApiRequests += 1;
      return c.json({ code: 'auth.authorization_header_missing', message: 'Authorization header is missing.' }, 401);
    }
    const issued = tokens.get(authorization.replace(/^Bearer /, ''));
    const unauthorized = (data: object) => {
      control.rejectedApiRequests += 1;
      return c.json({ code: 'auth.unauthorized', data, message: 'Unauthorized. Please check credentials and its scope.' }, 401);
    };
    if (!issued) return unauthorized({ code: 'ERR_JWS_INVALID', name: 'JWSInvalid' });
    if (now() >= issued.expiresAt) return unauthorized({ code: 'ERR_JWT_EXPIRED', name: 'JWTExpired', claim: 'exp', reason: 'check_failed' });
    if (control.rejectAllTokens) return unauthorized({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', name: 'JWTClaimValidationFailed', claim: 'aud', reason: 'check_failed' });
    if (control.forbidAll || !issued.scopes.includes('all')) {
      control.rejectedApiRequests += 1;
      return c.json({ code: 'auth.forbidden', message: 'Forbidden. Please check your permissions.' }, 403);
    }
    const response = await getResponse(options.handlers, request, { baseUrl: control.origin });
    if (!response) return c.json({ message: 'Not Found' }, 404);
    // A fresh Headers object: @hono/node-server writes Content-Length into the headers *object* a
    // Response was created with, and the embedded API shares one such object between its error
    // answers, so the next error would go out with the previous one's length.
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
  });

  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  control.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  control.close = () => closeServer(server);
  return control;
}

export function closeServer(server: ServerType) {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
