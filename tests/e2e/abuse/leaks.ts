import { expect, type Page } from '@playwright/test';

/**
 * Everywhere a secret could leak from the browser: Web Storage, every IndexedDB database (each record,
 * binary values decoded as UTF-8), Cache Storage, cookies, history state, every URL the page requested or
 * navigated to, and every console message of any level. Call `watchLeaks` before the first navigation.
 */
export type LeakWatch = {
  /** Fails, naming the place, if any of `secrets` appears anywhere; `when` names the action just done. */
  expectNoLeak: (secrets: string[], when: string) => Promise<void>;
  /** What the check read, so a test can prove the check sees the stored data at all. */
  snapshot: () => Promise<Record<string, string>>;
};

async function readBrowserStores(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const flatten = (value: unknown, depth = 0): string => {
      if (depth > 20) return '…';
      if (value === null || value === undefined) return String(value);
      if (typeof value === 'string') return value;
      if (typeof value !== 'object') return String(value);
      if (value instanceof ArrayBuffer) return `bytes(${value.byteLength}):${decoder.decode(value)}`;
      if (ArrayBuffer.isView(value)) return `bytes(${value.byteLength}):${decoder.decode(value)}`;
      if (value instanceof CryptoKey) return `CryptoKey(${value.algorithm.name}, extractable=${value.extractable})`;
      if (value instanceof Blob) return `Blob(${value.size})`;
      if (Array.isArray(value)) return `[${value.map((item) => flatten(item, depth + 1)).join(',')}]`;
      return `{${Object.entries(value as Record<string, unknown>)
        .map(([key, item]) => `${key}:${flatten(item, depth + 1)}`)
        .join(',')}}`;
    };
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });

    const indexed: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const database = await settle(indexedDB.open(info.name));
      for (const storeName of Array.from(database.objectStoreNames)) {
        const store = database.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([settle(store.getAllKeys()), settle(store.getAll())]);
        indexed.push(`${info.name}/${storeName} keys=${flatten(keys)} values=${flatten(values)}`);
      }
      database.close();
    }

    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(`${name} ${request.url} ${response ? await response.text() : ''}`);
      }
    }

    const webStorage = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '')
        .map((key) => `${key}=${storage.getItem(key) ?? ''}`)
        .join('\n');

    return {
      localStorage: webStorage(localStorage),
      sessionStorage: webStorage(sessionStorage),
      indexedDB: indexed.join('\n'),
      cacheStorage: cached.join('\n'),
      historyState: JSON.stringify(history.state),
      documentCookie: document.cookie,
      location: location.href,
    };
  });
}

export function watchLeaks(page: Page): LeakWatch {
  const consoleLines: string[] = [];
  const urls: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));

  const snapshot = async () => ({
    ...(await readBrowserStores(page)),
    cookies: JSON.stringify(await page.context().cookies()),
    urls: urls.join('\n'),
    console: consoleLines.join('\n'),
  });

  return {
    snapshot,
    async expectNoLeak(secrets, when) {
      expect(secrets.length, 'the secrets to look for').toBeGreaterThan(0);
      for (const secret of secrets) expect(secret.length, `"${secret}" is long enough to search for`).toBeGreaterThanOrEqual(12);
      const places = await snapshot();
      const found: string[] = [];
      for (const [place, text] of Object.entries(places)) {
        for (const secret of secrets) {
          // URLs may carry the secret percent-encoded.
          if (text.includes(secret) || text.includes(encodeURIComponent(secret))) found.push(`${place} contains ${secret.slice(0, 6)}…`);
        }
      }
      expect(found, `secrets after: ${when}`).toEqual([]);
    },
  };
}
