import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ApplicationListSearch } from '@/lib/paths';

/** Page and search live in the URL, so reload, back and shared links land on the same view. */
export function useApplicationListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsedPage = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const page = Number.isFinite(parsedPage) && parsedPage > 0 ? parsedPage : 1;
  const search = searchParams.get('search') ?? '';

  const setParams = useCallback(
    (next: ApplicationListSearch, options: { replace?: boolean } = {}) => {
      const params = new URLSearchParams();
      if (next.page && next.page > 1) params.set('page', String(next.page));
      if (next.search) params.set('search', next.search);
      setSearchParams(params, { replace: options.replace ?? false });
    },
    [setSearchParams],
  );

  return { page, search, setParams };
}
