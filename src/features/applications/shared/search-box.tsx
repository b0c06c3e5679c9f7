import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { CloseIcon, SearchIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import styles from './search-box.module.css';

const SEARCH_MAX_LENGTH = 256;

/** A labelled search field with a clear button; the caller decides when the term is applied. */
export function SearchBox({ value, onChange, label, placeholder }: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
}) {
  const { t } = useTranslation('applications');
  const id = useId();
  return (
    <div className={styles.search} role="search">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <span className={styles.searchIcon}>
        <SearchIcon />
      </span>
      <Input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        className={styles.searchInput}
        autoComplete="off"
        spellCheck={false}
        // Names are at most 256 characters: a longer term cannot match, and a 1 MB paste would end up
        // in the URL and the request (tests/e2e/abuse/oversized-input.spec.ts).
        maxLength={SEARCH_MAX_LENGTH}
      />
      {value && (
        <Button size="icon" variant="ghost" className={styles.searchClear} aria-label={t('list.clear_search')} onClick={() => onChange('')}>
          <CloseIcon />
        </Button>
      )}
    </div>
  );
}
