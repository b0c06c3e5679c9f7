import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { connectorFactoriesQueryOptions } from '@/api/connector-factories';
import type { Connector } from '@/api/connectors';
import { Dialog } from '@/components/ui/dialog';
import { SearchIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/lib/paths';
import { useConnectorName } from '../shared/connector-naming';
import { CatalogueCard } from './catalogue-card';
import styles from './catalogue.module.css';
import { buildCatalogue, filterCatalogue } from './catalogue-model';

/** "Add social connector": pick a provider (and platform), then set it up on its own page. */
export function CatalogueDialog({ open, onOpenChange, connectors }: { open: boolean; onOpenChange: (open: boolean) => void; connectors: Connector[] }) {
  const { t, i18n } = useTranslation('connectors');
  const navigate = useNavigate();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const factories = useQuery({ ...connectorFactoriesQueryOptions(), enabled: open });
  const label = useConnectorName();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const groups = useMemo(
    () => (factories.data ? buildCatalogue(factories.data, connectors, { language, label }) : []),
    [factories.data, connectors, language, label],
  );
  const shown = filterCatalogue(groups, query);

  const choose = (factoryId: string) => {
    onOpenChange(false);
    void navigate(paths.connectorCreate(factoryId));
  };

  let content;
  if (factories.isPending) content = <LoadingState />;
  else if (factories.isError) content = <ErrorState error={factories.error} onRetry={() => void factories.refetch()} />;
  else if (groups.length === 0) content = <EmptyState title={t('catalogue.empty')} />;
  else if (shown.length === 0) content = <EmptyState title={t('catalogue.no_results', { query })} />;
  else
    content = (
      <ul className={styles.grid}>
        {shown.map((group) => (
          <li key={group.target}>
            <CatalogueCard group={group} onChoose={choose} />
          </li>
        ))}
      </ul>
    );

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('add')} description={t('catalogue.description')} size="wide">
      <div className={styles.body}>
        <div className={styles.toolbar}>
          <div className={styles.search} role="search">
            <label htmlFor={searchId} className="visually-hidden">
              {t('catalogue.search_label')}
            </label>
            <span className={styles.searchIcon}>
              <SearchIcon />
            </span>
            <Input
              id={searchId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('catalogue.search_placeholder')}
              className={styles.searchInput}
              autoComplete="off"
              spellCheck={false}
              autoFocus
            />
          </div>
          <span className={styles.count} role="status">
            {factories.data ? t('catalogue.count', { count: shown.reduce((sum, group) => sum + group.options.length, 0) }) : null}
          </span>
        </div>
        {content}
      </div>
    </Dialog>
  );
}
