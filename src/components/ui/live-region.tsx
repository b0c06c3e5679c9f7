import { useEffect, useState } from 'react';

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Says something to screen readers through the single polite live region in the shell. */
export function announce(message: string) {
  for (const listener of listeners) listener(message);
}

export function LiveRegion() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const listener: Listener = (next) => {
      // Clear first so the same message twice is still read out.
      setMessage('');
      requestAnimationFrame(() => setMessage(next));
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="live-region">
      {message}
    </div>
  );
}
