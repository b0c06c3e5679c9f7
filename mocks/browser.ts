import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { db, resetDb, restoreDb, seedManyApplications, seedManyConnectors, snapshotDb } from './db';
import { handlers } from './handlers';
import { setMutationHook } from './lib/mutation-hook';
import { clearSnapshot, loadSnapshot, saveSnapshot } from './persistence';

/**
 * The embedded Management API in the browser: a service worker answers `/api/*` on the console's own
 * origin, so the app code is the same as against a real Logto. `main.tsx` loads this module through a
 * dynamic import only when no backend is configured.
 */

// Unknown `/api` paths get a JSON 404 instead of falling through to the dev server's index.html.
// Relative, so MSW resolves it against this origin: only `/api/…` at the root. A wildcard origin
// (`*/api/*`) also caught the dev server's own modules under `/src/api/`, and `npm run dev` broke.
const unknownApiPath = http.all('/api/*', () => HttpResponse.json({ message: 'Not Found' }, { status: 404 }));
const worker = setupWorker(...handlers, unknownApiPath);

// Storage work runs one task at a time, so a save can never land after a reset that followed it.
let queue: Promise<void> = Promise.resolve();
let storageBroken = false;

function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task).catch((error: unknown) => {
    // Private windows may refuse IndexedDB: keep working in memory, say so once.
    if (!storageBroken) console.warn('[embedded API] demo data will not survive a reload:', error);
    storageBroken = true;
  });
  return queue;
}

const persist = () => enqueue(() => saveSnapshot(snapshotDb()));

export async function startEmbeddedApi(): Promise<void> {
  await enqueue(async () => {
    const snapshot = await loadSnapshot();
    if (snapshot !== undefined && !restoreDb(snapshot)) await clearSnapshot();
  });
  await applyBenchSeed();
  setMutationHook(persist);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
}

/**
 * `npm run bench` (bench/lib/list-timings.mjs) sets this global from a Playwright init script to fill the
 * store up to large totals (10 000 applications, 50 connectors) before the first request. Nothing in the
 * app sets it, so ordinary visits skip this.
 */
type BenchSeed = { applications?: number; connectors?: number };

function applyBenchSeed(): Promise<void> {
  const seed = (globalThis as { __toriiBenchSeed?: BenchSeed }).__toriiBenchSeed;
  if (!seed) return Promise.resolve();
  seedManyApplications(Math.max(0, (seed.applications ?? 0) - db.applications.length));
  seedManyConnectors(Math.max(0, (seed.connectors ?? 0) - db.connectors.length));
  return persist();
}

/** "Reset demo data": back to the seed, and nothing left in storage. */
export async function resetEmbeddedData(): Promise<void> {
  resetDb();
  await enqueue(clearSnapshot);
}
