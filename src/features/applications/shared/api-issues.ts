import { isApiError } from '@/lib/api-error';

export type ApiIssue = { path: string; code: string | undefined; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The field-level problems in a Logto 400: `data.issues` (zod issues with a `path` array) when present,
 * else the `Error in key path "a.b": …` lines of `details`. Paths come back dotted: `oidcClientMetadata.redirectUris.0`.
 */
export function apiIssues(error: unknown): ApiIssue[] {
  if (!isApiError(error) || error.status !== 400) return [];
  const data = error.data;
  if (isRecord(data) && Array.isArray(data.issues)) {
    return data.issues.filter(isRecord).map((issue) => ({
      path: Array.isArray(issue.path) ? issue.path.map(String).join('.') : '',
      code: typeof issue.code === 'string' ? issue.code : undefined,
      message: typeof issue.message === 'string' ? issue.message : error.message,
    }));
  }
  return error.detailLines().map((line) => ({ path: line.path, code: undefined, message: line.text }));
}

export const hasErrorCode = (error: unknown, code: string) => isApiError(error) && error.code === code;
