import { ApiFailure } from './errors';

/** Logto's koa-pagination defaults. */
export const defaultPageSize = 20;
export const maxPageSize = 100;

export type Pagination = { disabled: true } | { disabled: false; page: number; pageSize: number };

const parsePositive = (raw: string, max = Number.POSITIVE_INFINITY): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new ApiFailure(400, 'guard.invalid_pagination');
  }
  return value;
};

/**
 * `GET /api/applications` is "optionally paginated": with neither `page` nor `page_size` Logto returns every
 * row and no `Total-Number` header (fixture 014 vs 015). Either one switches pagination on.
 */
export function parsePagination(url: URL): Pagination {
  const page = url.searchParams.get('page');
  const pageSize = url.searchParams.get('page_size');
  if (!page && !pageSize) return { disabled: true };
  return {
    disabled: false,
    page: page ? parsePositive(page) : 1,
    pageSize: pageSize ? parsePositive(pageSize, maxPageSize) : defaultPageSize,
  };
}

export function pageOf<T>(rows: readonly T[], pagination: Pagination): T[] {
  if (pagination.disabled) return [...rows];
  const start = (pagination.page - 1) * pagination.pageSize;
  return rows.slice(start, start + pagination.pageSize);
}

/**
 * `Total-Number` plus RFC 5988 `Link` relations first/last/prev/next. Logto's links drop the `/api` prefix
 * (a router quirk seen in fixture 015); ours keep the real path so they can be followed.
 */
export function paginationHeaders(url: URL, total: number, pagination: Pagination): Headers {
  const headers = new Headers();
  if (pagination.disabled) return headers;
  const { page, pageSize } = pagination;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number, rel: string) => {
    const linkUrl = new URL(url);
    linkUrl.searchParams.set('page', String(target));
    linkUrl.searchParams.set('page_size', String(pageSize));
    return `<${linkUrl.toString()}>; rel="${rel}"`;
  };
  const links = [link(1, 'first'), link(lastPage, 'last')];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'));
  headers.set('Total-Number', String(total));
  headers.set('Link', links.join(', '));
  return headers;
}
