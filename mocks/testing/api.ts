/**
 * A tiny fetch wrapper for tests that talk to the embedded API through msw/node, reading the answer once.
 * Test-only: nothing in the browser bundle imports it.
 */
export type ApiAnswer = { status: number; headers: Headers; body: unknown };

export async function api(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const response = await fetch(`http://localhost/api${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

/** Narrows an answer body to a record for property checks. */
export const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map((item) => record(item)) : [];

/** A complete config the OIDC factory accepts, for tests that need a standard connector. */
export const exampleOidcConfig = {
  authorizationEndpoint: 'https://idp.test/authorize',
  tokenEndpoint: 'https://idp.test/token',
  clientId: 'a',
  clientSecret: 'b',
  tokenEndpointAuthMethod: 'client_secret_post',
  scope: 'openid',
  idTokenVerificationConfig: { jwksUri: 'https://idp.test/jwks' },
};
