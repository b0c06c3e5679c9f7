import type { z } from 'zod';

/**
 * Logto 1.42 validates with zod 3 and sends its issues back verbatim (`data.issues`) plus one readable
 * `details` line per issue. The mocks validate with zod 4, whose issues look different, so we translate
 * them into the zod 3 shapes recorded in the fixtures (032, 033, 034, 037, 043, 044, 058, 066): clients
 * that parse `data.issues` or show `details` then behave the same against both servers.
 */
export type LogtoIssue = { code: string; path: (string | number)[]; message: string; [key: string]: unknown };

/** zod 3's `getParsedType`, the word that follows "received" in its messages. */
export function receivedType(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  if (value instanceof Date) return 'date';
  return typeof value;
}

const quoteOption = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));

export const invalidTypeIssue = (path: (string | number)[], expected: string, input: unknown): LogtoIssue => {
  const received = receivedType(input);
  return {
    code: 'invalid_type',
    expected,
    received,
    path,
    message: received === 'undefined' ? 'Required' : `Expected ${expected}, received ${received}`,
  };
};

export const invalidEnumIssue = (path: (string | number)[], options: readonly unknown[], input: unknown): LogtoIssue => ({
  received: input,
  code: 'invalid_enum_value',
  options: [...options],
  path,
  message: `Invalid enum value. Expected ${options.map(quoteOption).join(' | ')}, received ${quoteOption(input)}`,
});

function sizeMessage(origin: string, bound: 'min' | 'max', limit: unknown, inclusive: boolean): string {
  if (origin === 'string') return `String must contain ${bound === 'min' ? 'at least' : 'at most'} ${String(limit)} character(s)`;
  if (origin === 'array') return `Array must contain ${bound === 'min' ? 'at least' : 'at most'} ${String(limit)} element(s)`;
  const relation = bound === 'min' ? 'greater than' : 'less than';
  return `Number must be ${relation}${inclusive ? ' or equal to' : ''} ${String(limit)}`;
}

function toLogtoIssue(issue: z.core.$ZodIssue): LogtoIssue {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 says "record" where zod 3 said "object".
      return invalidTypeIssue(path, issue.expected === 'record' ? 'object' : issue.expected, issue.input);
    case 'invalid_value':
      return issue.values.length === 1
        ? {
            received: issue.input,
            code: 'invalid_literal',
            expected: issue.values[0],
            path,
            message: `Invalid literal value, expected ${JSON.stringify(issue.values[0])}`,
          }
        : invalidEnumIssue(path, issue.values, issue.input);
    case 'too_small':
      return {
        code: 'too_small',
        minimum: issue.minimum,
        type: issue.origin,
        inclusive: issue.inclusive ?? true,
        exact: false,
        path,
        message: sizeMessage(issue.origin, 'min', issue.minimum, issue.inclusive ?? true),
      };
    case 'too_big':
      return {
        code: 'too_big',
        maximum: issue.maximum,
        type: issue.origin,
        inclusive: issue.inclusive ?? true,
        exact: false,
        path,
        message: sizeMessage(issue.origin, 'max', issue.maximum, issue.inclusive ?? true),
      };
    case 'invalid_format':
      return { validation: issue.format, code: 'invalid_string', path, message: `Invalid ${issue.format}` };
    case 'custom':
    case 'invalid_union':
      return { code: issue.code, path, message: 'Invalid input' };
    default:
      return { code: issue.code, path, message: issue.message };
  }
}

export const toLogtoIssues = (issues: readonly z.core.$ZodIssue[]): LogtoIssue[] => issues.map(toLogtoIssue);

/** One line per issue, exactly as Logto's RequestError builds `details`. */
export function formatIssueDetails(issues: readonly LogtoIssue[]): string {
  return issues
    .map((issue) => {
      const text =
        issue.code === 'invalid_type'
          ? `Expected ${String(issue.expected)} but received ${String(issue.received)}.`
          : issue.message;
      return `Error in key path "${issue.path.join('.')}": (${issue.code}) ${text}`;
    })
    .join('\n');
}
