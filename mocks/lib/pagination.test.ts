// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiFailure } from './errors';
import { pageOf, paginationHeaders, parsePagination } from './pagination';

const url = (query: string) => new URL(`http://localhost/api/applications?${query}`);

describe('parsePagination', () => {
  it('is off without page and page_size, on with either', () => {
    expect(parsePagination(url(''))).toEqual({ disabled: true });
    expect(parsePagination(url('page=2'))).toEqual({ disabled: false, page: 2, pageSize: 20 });
    expect(parsePagination(url('page_size=5'))).toEqual({ disabled: false, page: 1, pageSize: 5 });
  });

  it.each(['page=0', 'page=-1', 'page=abc', 'page=1.5', 'page_size=101', 'page_size=0'])('refuses %s', (query) => {
    expect(() => parsePagination(url(query))).toThrow(ApiFailure);
  });
});

describe('pageOf and paginationHeaders', () => {
  const rows = Array.from({ length: 45 }, (_, index) => index);

  it('slices the requested page', () => {
    expect(pageOf(rows, { disabled: false, page: 3, pageSize: 20 })).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(rows, { disabled: true })).toHaveLength(45);
  });

  it('announces the total and the neighbouring pages', () => {
    const headers = paginationHeaders(url('page=2&page_size=20'), 45, { disabled: false, page: 2, pageSize: 20 });
    expect(headers.get('Total-Number')).toBe('45');
    const link = headers.get('Link') ?? '';
    expect(link).toContain('page=1&page_size=20>; rel="first"');
    expect(link).toContain('page=3&page_size=20>; rel="last"');
    expect(link).toContain('page=1&page_size=20>; rel="prev"');
    expect(link).toContain('page=3&page_size=20>; rel="next"');
  });

  it('sends no headers when pagination is off', () => {
    expect([...paginationHeaders(url(''), 45, { disabled: true })]).toEqual([]);
  });
});
