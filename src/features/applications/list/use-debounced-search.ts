import { useEffect, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The text in the search box, committed to the URL after a pause in typing so one request is sent
 * per term, not per keystroke. When the URL changes on its own (back/forward), the box follows it.
 */
export function useDebouncedSearch(committed: string, commit: (term: string) => void) {
  const [draft, setDraft] = useState(committed);
  // `sent` is the last term we committed; `seen` the last URL value we reacted to.
  const [sent, setSent] = useState(committed);
  const [seen, setSeen] = useState(committed);

  if (committed !== seen) {
    setSeen(committed);
    if (committed !== sent) {
      setDraft(committed);
      setSent(committed);
    }
  }

  useEffect(() => {
    const term = draft.trim();
    if (term === sent) return;
    const timer = setTimeout(() => {
      setSent(term);
      commit(term);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, sent, commit]);

  return [draft, setDraft] as const;
}
