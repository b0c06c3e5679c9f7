import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationListQueryOptions } from '@/api/applications';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { DEFAULT_PAGE_SIZE, pageCount } from '@/lib/pagination';
import { ApplicationsTable } from './applications-table';
import { ListPagination } from './list-pagination';
import styles from './list.module.css';
import { SearchBox } from '../shared/search-box';
import { useDebouncedSearch } from './use-debounced-search';
import { useApplicationListParams } from './use-list-params';

// Only a tenant with no application at all sees the catalogue here; the rest never download it.
const InlineCatalogue = lazy(() => import('../create/inline-catalogue').then((module) => ({ default: module.InlineCatalogue })));

/** One request per page of `page_size` rows; the previous page stays on screen while the next loads. */
export function ApplicationsList() {
  const { t } = useTranslation('applications');
  const { page, search, setParams } = useApplicationListParams();
  const commitSearch = useCallback((term: string) => setParams({ search: term, page: 1 }, { replace: true }), [setParams]);
  const [draft, setDraft] = useDebouncedSearch(search, commitSearch);
  const query = useQuery({ ...applicationListQueryOptions({ page, search }), placeholderData: keepPreviousData });

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const { items, total } = query.data;
  // With no applications at all, the catalogue is the most useful thing to show.
  if (total === 0 && !search && !query.isPlaceholderData) {
    return (
      <Suspense fallback={<LoadingState />}>
        <InlineCatalogue />
      </Suspense>
    );
  }

  const lastPage = pageCount(total, DEFAULT_PAGE_SIZE);
  return (
    <div className={styles.list}>
      <SearchBox value={draft} onChange={setDraft} label={t('list.search_label')} placeholder={t('list.search_placeholder')} />
      {items.length > 0 ? (
        <>
          <ApplicationsTable applications={items} isUpdating={query.isPlaceholderData} />
          <ListPagination page={page} pageSize={DEFAULT_PAGE_SIZE} total={total} onPageChange={(next) => setParams({ page: next, search })} />
        </>
      ) : search ? (
        <EmptyState title={t('list.no_match', { term: search })}>
          <Button onClick={() => setDraft('')}>{t('list.clear_search')}</Button>
        </EmptyState>
      ) : (
        <EmptyState title={t('list.page_out_of_range')}>
          <Button onClick={() => setParams({ page: lastPage, search })}>{t('list.go_to_last_page')}</Button>
        </EmptyState>
      )}
    </div>
  );
}
