import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { toast } from 'sonner';
import { afterAll, afterEach } from 'vitest';
import { resetDb } from '../mocks/db';
import { server } from '../mocks/node';
import { i18next, initI18n } from '../src/lib/i18n';

// findBy/waitFor give up after this ceiling; a loaded 2-core CI machine needs more than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

// At the top level, not in beforeAll: a client created at module load must see the patched fetch.
server.listen({ onUnhandledRequest: 'error' });

if (typeof window !== 'undefined') {
  // jsdom lacks what Radix and floating-ui call.
  const proto = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.hasPointerCapture ??= () => false;
  proto.setPointerCapture ??= () => undefined;
  proto.releasePointerCapture ??= () => undefined;
  proto.scrollIntoView ??= () => undefined;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  await initI18n({ language: 'en' });
}

afterEach(async () => {
  if (typeof window !== 'undefined') {
    cleanup();
    // sonner keeps undismissed toasts in a module-wide store and replays them to the next Toaster that
    // mounts. A toast left by one test then either satisfied the next test's wait for the same text, or
    // stood beside the new one, so `getByText` found two until the old one timed out after 4 s; on a
    // loaded machine the wait could miss the moment between that and the new one timing out too (the
    // one CI failure: "Sign-in experience saved" not found in sign-up.test.tsx).
    toast.dismiss();
    localStorage.clear();
    if (i18next.language !== 'en') await i18next.changeLanguage('en');
  }
  server.resetHandlers();
  resetDb();
});

afterAll(() => server.close());
