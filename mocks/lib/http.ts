import type { HttpResponseResolver, PathParams } from 'msw';
import { MalformedBody, renderError } from './errors';
import { afterMutation } from './mutation-hook';

const jsonContentType = 'application/json; charset=utf-8';

type RouteInfo = { request: Request; params: PathParams };
type RouteHandler = (info: RouteInfo) => Response | Promise<Response>;

/**
 * Wraps a handler: failures thrown as `ApiFailure` become Logto error bodies, and requests that may
 * write (`mutates`) are persisted before the answer leaves, so a reload right after "Saved" keeps the data.
 */
export function route(handler: RouteHandler, { mutates = false } = {}): HttpResponseResolver {
  return async ({ request, params }) => {
    try {
      return await handler({ request, params });
    } catch (error) {
      return renderError(error, request);
    } finally {
      if (mutates) await afterMutation();
    }
  };
}

/** A path parameter as one decoded string (MSW already decodes `:id`). */
export function param(params: PathParams, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a JSON body the way koa-body does: an empty body counts as `{}`, and text that is not JSON is a
 * 400 whose only field is the parser's message (fixtures 035 and 057).
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MalformedBody(error instanceof Error ? error.message : 'Invalid JSON');
  }
}

/** FNV-1a: a cheap, stable fingerprint; the ETag only has to change when the body does. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * JSON answer. GETs carry an ETag and turn into 304 when `If-None-Match` matches (fixture 087), as
 * Logto's koa-etag/koa-conditional-get do.
 */
export function json(request: Request, body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set('content-type', jsonContentType);
  if (request.method === 'GET' && (init.status ?? 200) === 200) {
    const etag = `"${text.length.toString(16)}-${fingerprint(text)}"`;
    headers.set('etag', etag);
    if (request.headers.get('if-none-match') === etag) {
      return new Response(null, { status: 304, headers: { etag } });
    }
  }
  return new Response(text, { status: init.status ?? 200, headers });
}

export const noContent = () => new Response(null, { status: 204 });
