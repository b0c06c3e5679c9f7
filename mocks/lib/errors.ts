import type { z } from 'zod';
import { formatIssueDetails, type LogtoIssue, toLogtoIssues } from './issues';
import { type ErrorCode, localiseMessage, pickLocale } from './messages';

type FailureOptions = { params?: Record<string, string>; data?: unknown; details?: string };

/**
 * A failure the embedded API reports with Logto's error body `{ code, data?, details?, message }`.
 * Handlers throw it; `route()` renders it in the caller's language, so rule code stays free of HTTP plumbing.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly options: FailureOptions = {},
  ) {
    super(code);
  }
}

/** A body that is not JSON: Logto (koa-body) answers 400 with only the parser's message and no `code`. */
export class MalformedBody extends Error {}

export const notExistsWithId = (name: string, id: string) =>
  new ApiFailure(404, 'entity.not_exists_with_id', { params: { name, id } });

export const entityNotFound = () => new ApiFailure(404, 'entity.not_found');

/** zod 3-shaped issues in `data`, one `details` line each, as recorded for every guard failure. */
export function issuesFailure(code: ErrorCode, issues: LogtoIssue[], params: Record<string, string> = {}) {
  return new ApiFailure(400, code, { params, data: { issues, name: 'ZodError' }, details: formatIssueDetails(issues) });
}

export const guardFailure = (type: 'body' | 'query', error: z.ZodError) =>
  issuesFailure('guard.invalid_input', toLogtoIssues(error.issues), { type });

/** `request.invalid_input` carries its explanation inside `message`, not in `details` (fixture 024). */
export const invalidInput = (details: string) => new ApiFailure(400, 'request.invalid_input', { params: { details } });

// A fresh object per response: some servers (@hono/node-server) write Content-Length into it.
const jsonHeaders = () => ({ 'content-type': 'application/json; charset=utf-8' });

export function renderError(error: unknown, request: Request): Response {
  if (error instanceof ApiFailure) {
    const { params, data, details } = error.options;
    const body = {
      code: error.code,
      ...(data === undefined ? {} : { data }),
      ...(details === undefined ? {} : { details }),
      message: localiseMessage(error.code, pickLocale(request.headers.get('accept-language')), params),
    };
    return new Response(JSON.stringify(body), { status: error.status, headers: jsonHeaders() });
  }
  if (error instanceof MalformedBody) {
    return new Response(JSON.stringify({ message: error.message }), { status: 400, headers: jsonHeaders() });
  }
  // Anything else is a bug in the mocks; answer like Logto does for unknown failures instead of crashing the worker.
  console.error('[embedded API]', error);
  return new Response(JSON.stringify({ message: 'Internal server error.' }), { status: 500, headers: jsonHeaders() });
}
