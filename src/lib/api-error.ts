/**
 * Every failure of an `/api` call becomes one of these, so screens handle one shape:
 * the Logto error body (`code`, `message`, `details`, `data`), a code-less 400 for malformed
 * JSON, a bare 500, a network failure or a request that got no answer in time (both status 0), or a
 * response we could not parse.
 */
/** The code of the error every request gets when the embedded API could not start in this browser. */
export const EMBEDDED_API_FAILED = 'torii.embedded_api_failed';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid_response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly details: string | undefined;
  readonly data: unknown;
  readonly kind: ApiErrorKind;

  constructor(init: {
    status: number;
    message: string;
    kind: ApiErrorKind;
    code?: string | undefined;
    details?: string | undefined;
    data?: unknown;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.kind = init.kind;
    this.code = init.code;
    this.details = init.details;
    this.data = init.data;
  }

  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }

  /** The `details` lines that name a key path, e.g. `Error in key path "config.appId": ...`. */
  detailLines(): { path: string; text: string }[] {
    if (!this.details) return [];
    return this.details
      .split('\n')
      .map((line) => {
        const match = /key path "([^"]+)":?\s*(.*)/.exec(line);
        return match ? { path: match[1] ?? '', text: match[2] ?? line } : { path: '', text: line };
      })
      .filter((line) => line.text.trim() !== '');
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
