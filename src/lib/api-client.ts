import type { z } from 'zod/mini';
import { ApiError, EMBEDDED_API_FAILED } from './api-error';
import { currentLanguage } from './i18n-language';

type Query = Record<string, string | number | boolean | string[] | undefined>;

export type ApiRequest<S extends z.ZodMiniType | undefined> = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  /**
   * Parses the response; omit only for calls that answer 204. May be a promise: a route can start its
   * request before its schemas' code has arrived, and the two downloads overlap.
   */
  schema?: S | Promise<S>;
  signal?: AbortSignal | undefined;
  /** Overrides `REQUEST_TIMEOUT_MS`; tests use a short one. */
  timeoutMs?: number;
};

/**
 * A request with no complete answer after this long is given up. Without it a connection that hangs
 * (a proxy that never answers, a laptop that lost Wi-Fi mid-save) would leave a save spinner running
 * forever; with it the admin gets the button back, a message, and every value they typed.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

export type ApiResponse<T> = { data: T; headers: Headers; status: number };

let apiReady: Promise<unknown> = Promise.resolve();

/**
 * Requests wait for `ready` before they go out. In embedded mode the console paints its shell while
 * the in-browser API is still starting (a large chunk, a service worker and IndexedDB), instead of
 * showing a blank page until all of that is done.
 */
export function holdRequestsUntil(ready: Promise<unknown>) {
  apiReady = ready;
}

/** Resolves once requests may go out; rejects when `signal` aborts first or the embedded API failed. */
function untilApiReady(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    apiReady.then(
      () => resolve(),
      (error: unknown) =>
        reject(new ApiError({ status: 0, kind: 'network', code: EMBEDDED_API_FAILED, message: error instanceof Error ? error.message : String(error) })),
    ).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Same origin in the browser; tests run in Node and need an absolute base for msw/node. */
const baseUrl = () => (typeof window === 'undefined' ? 'http://localhost' : window.location.origin);

export function buildApiUrl(path: string, query?: Query): string {
  const url = new URL(`/api${path}`, baseUrl());
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.toString();
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toHttpError(status: number, body: unknown, statusText: string): ApiError {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    return new ApiError({
      status,
      kind: 'http',
      message: typeof record.message === 'string' ? record.message : statusText || `HTTP ${status}`,
      code: typeof record.code === 'string' ? record.code : undefined,
      details: typeof record.details === 'string' ? record.details : undefined,
      data: record.data,
    });
  }
  return new ApiError({ status, kind: 'http', message: typeof body === 'string' && body ? body : statusText || `HTTP ${status}` });
}

export async function apiRequest<S extends z.ZodMiniType | undefined = undefined>(
  path: string,
  request: ApiRequest<S> = {},
): Promise<ApiResponse<S extends z.ZodMiniType ? z.infer<S> : undefined>> {
  const { method = 'GET', query, body, schema, signal } = request;
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage() };
  if (body !== undefined) headers['content-type'] = 'application/json';

  // One clock for the whole call, the wait for the embedded API included: a start that hangs is a hang.
  const timeout = AbortSignal.timeout(request.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const callSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let payload: unknown;
  try {
    await untilApiReady(callSignal);
    response = await fetch(buildApiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: callSignal,
    });
    // Inside the try: a body that stops arriving halfway is the same hang as no answer at all.
    payload = response.status === 204 ? undefined : await readJson(response);
  } catch (error) {
    // The caller cancelled (TanStack Query does when nobody needs the answer): not a failure to show.
    // Checked on the signal, not the error: the error's DOMException may come from another realm.
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError({ status: 0, kind: 'timeout', message: `No answer to ${method} /api${path} in time` });
    if (error instanceof ApiError) throw error;
    throw new ApiError({ status: 0, kind: 'network', message: error instanceof Error ? error.message : 'Network error' });
  }

  if (!response.ok) throw toHttpError(response.status, payload, response.statusText);

  const resolvedSchema = await schema;
  if (!resolvedSchema) return { data: undefined as never, headers: response.headers, status: response.status };
  const parsed = resolvedSchema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      kind: 'invalid_response',
      message: `Unexpected response from ${method} /api${path}`,
      details: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    });
  }
  return { data: parsed.data as never, headers: response.headers, status: response.status };
}
