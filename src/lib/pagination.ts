import type { z } from 'zod/mini';
import { apiRequest } from './api-client';

export const DEFAULT_PAGE_SIZE = 20;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** `Total-Number` is only sent when `page` and `page_size` are; we always send both. */
export function readTotal(headers: Headers, fallback: number): number {
  const raw = headers.get('total-number');
  const total = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(total) ? total : fallback;
}

export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** One page of a list; `listSchema` parses the array (and may still be loading when the request starts). */
export async function fetchPage<T>(
  path: string,
  listSchema: z.ZodMiniType<T[]> | Promise<z.ZodMiniType<T[]>>,
  options: { page: number; pageSize?: number; query?: Record<string, string | undefined>; signal?: AbortSignal },
): Promise<Page<T>> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const { data, headers } = await apiRequest(path, {
    query: { ...options.query, page: options.page, page_size: pageSize },
    schema: listSchema,
    signal: options.signal,
  });
  const items = data as T[];
  return { items, total: readTotal(headers, items.length), page: options.page, pageSize };
}
