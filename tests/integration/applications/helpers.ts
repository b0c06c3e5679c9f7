import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { server } from '../../../mocks/node';

// Lazy route chunks load on first visit; on a shared 2-core machine that can outlast the 1 s default.
configure({ asyncUtilTimeout: 4000 });

export type RecordedRequest = { method: string; url: URL; body: unknown };

const listeners: (() => void)[] = [];
afterEach(() => {
  while (listeners.length) listeners.pop()?.();
});

/** Every request the app sends to the embedded API during a test, with its parsed JSON body. */
export function recordRequests() {
  const requests: RecordedRequest[] = [];
  const onStart = ({ request }: { request: Request }) => {
    const entry: RecordedRequest = { method: request.method, url: new URL(request.url), body: undefined };
    requests.push(entry);
    if (request.method !== 'GET' && request.method !== 'DELETE') {
      void request
        .clone()
        .text()
        .then((text) => {
          entry.body = text ? (JSON.parse(text) as unknown) : undefined;
        });
    }
  };
  server.events.on('request:start', onStart);
  listeners.push(() => server.events.removeListener('request:start', onStart));
  const matching = (method: string, path: string | RegExp) =>
    requests.filter(
      (request) => request.method === method && (typeof path === 'string' ? request.url.pathname === path : path.test(request.url.pathname)),
    );
  return { requests, matching };
}

/** Seeded fixtures the tests refer to by meaning. */
export const PARTNER_PORTAL = { id: 'p7c2k9x4m1w8r5t3v6b0q', name: 'Partner Portal' } as const;
export const INVENTORY_SYNC = { id: 'm2m8inv3ntory5ync0a1b', name: 'Inventory Sync' } as const;
export const ACME_MOBILE = { id: 'n4t1v3m0b1l3app9xq2zk', name: 'Acme Mobile' } as const;
export const ACME_STOREFRONT = { id: 's9p4a7st0r3fr0nt2c8hw', name: 'Acme Storefront' } as const;
export const PARTNER_DEFAULT_SECRET = 'Vt6Rz1Kq8Wm3Np5Ys0Lb7Xc2Hd9Fj4Ga';

/** A generous bound (not a sleep) for waits that include the search debounce on a busy, shared machine. */
export const PATIENT = { timeout: 5000 } as const;
