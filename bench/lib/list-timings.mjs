// The applications list over a large embedded dataset, timed inside the page with the Performance API:
// navigation → first row, "Next page" click → the next page's rows, keystroke → filtered rows, and the
// requests (count, bytes) each one makes. Each sample uses a fresh browser context.
import { median } from './lighthouse.mjs';

/**
 * Read by mocks/browser.ts before it serves: generated applications and connectors are added until the
 * embedded API holds these totals.
 */
export const SEED_GLOBAL = '__toriiBenchSeed';

/**
 * Runs at document start of every page. It enlarges the resource-timing buffer, marks the moment the first
 * list row is in the DOM (a MutationObserver, so no Playwright polling delay is in the figure), and defines
 * the helpers the steps below call.
 */
function pageInstruments() {
  performance.setResourceTimingBufferSize(100_000);
  const rows = () => [...document.querySelectorAll('main tbody tr')];
  const firstName = () => rows()[0]?.querySelector('a')?.textContent ?? '';
  const updating = () => document.querySelector('main [aria-busy="true"]') !== null;

  const firstRowObserver = new MutationObserver(() => {
    if (rows().length > 0) {
      window.__bench.firstRowAt = performance.now();
      firstRowObserver.disconnect();
    }
  });
  firstRowObserver.observe(document, { childList: true, subtree: true });

  window.__bench = {
    firstRowAt: null,
    /** What the resources fetched between two instants weighed (the document itself when `from` is 0). */
    requestsBetween(from, to) {
      const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= from && entry.startTime <= to);
      const all = [...(from === 0 ? performance.getEntriesByType('navigation') : []), ...entries];
      return {
        count: all.length,
        api: all.filter((entry) => new URL(entry.name).pathname.startsWith('/api/')).length,
        // The body as delivered: compressed bytes when the server compressed it.
        kb: all.reduce((sum, entry) => sum + (entry.encodedBodySize || 0), 0) / 1000,
        decodedKb: all.reduce((sum, entry) => sum + (entry.decodedBodySize || 0), 0) / 1000,
        paths: all.map((entry) => new URL(entry.name).pathname + new URL(entry.name).search),
      };
    },
    firstName,
    updating,
    /**
     * Starts watching the DOM; `done` resolves with {start, end} once `kind` is satisfied. The start is
     * set by `start(t)` or, for typing, by the next keydown's own timestamp.
     */
    arm(kind, expected) {
      const before = firstName();
      const satisfied = {
        nextPage: () => firstName() !== before && !updating(),
        filtered: () => !updating() && rows().length === expected.count && firstName() === expected.name,
      }[kind];
      let startAt = null;
      this.start = (at) => (startAt = at);
      if (kind === 'filtered') window.addEventListener('keydown', (event) => (startAt ??= event.timeStamp), { capture: true, once: true });
      this.done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (startAt !== null && satisfied()) {
            const end = performance.now();
            observer.disconnect();
            resolve({ start: startAt, end, requests: window.__bench.requestsBetween(startAt, end) });
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    },
  };
}

async function oneSample(browser, baseUrl, options) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    await context.addInitScript(pageInstruments);
    // 1. Seed once (not timed): the embedded API generates the rows and stores its encrypted snapshot.
    await context.addInitScript(
      ([name, seed]) => {
        if (!sessionStorage.getItem('torii.bench.seeded')) {
          sessionStorage.setItem('torii.bench.seeded', '1');
          window[name] = seed;
        }
      },
      [SEED_GLOBAL, { applications: options.applications, connectors: options.connectors }],
    );
    const page = await context.newPage();
    await page.goto('/applications?lang=en');
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await pagination.waitFor({ timeout: 120_000 });
    const summary = (await pagination.textContent()) ?? '';
    const total = Number(/of ([\d,]+)/.exec(summary)?.[1]?.replaceAll(',', ''));
    if (total !== options.applications) {
      throw new Error(`The embedded API was not seeded (${options.applications} applications expected): "${summary}"`);
    }

    // 2. A fresh navigation with the data in place and the HTTP cache off: what a cold visit costs.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto('/applications?lang=en');
    await page.waitForFunction(() => typeof window.__bench.firstRowAt === 'number', null, { timeout: 120_000 });
    const firstRow = await page.evaluate(() => ({ ms: window.__bench.firstRowAt, requests: window.__bench.requestsBetween(0, window.__bench.firstRowAt) }));
    await page.waitForFunction(() => !window.__bench.updating());

    // 3. Next page: the click is made in the page so the start instant is exact.
    await page.evaluate(() => window.__bench.arm('nextPage'));
    const nextPage = await page.evaluate(() => {
      const button = [...document.querySelectorAll('main nav button')].find((node) => node.textContent?.trim() === 'Next page');
      if (!button) throw new Error('No "Next page" button');
      window.__bench.start(performance.now());
      button.click();
      return window.__bench.done;
    });

    // 4. Keystroke → filtered list: type all but the last character, let it settle, then time the last key
    // (this includes the list's deliberate search debounce).
    const target = `Load test app ${String(options.searchIndex).padStart(5, '0')}`;
    const prefix = target.slice(0, -1);
    await page.locator('main input[type=search]').fill(prefix);
    await page.waitForFunction((text) => {
      const names = [...document.querySelectorAll('main tbody tr a')].map((node) => node.textContent ?? '');
      return names.length > 0 && names.every((name) => name.startsWith(text)) && !window.__bench.updating();
    }, prefix);
    await page.evaluate((name) => window.__bench.arm('filtered', { count: 1, name }), target);
    await page.keyboard.press(target.slice(-1));
    const filtered = await page.evaluate(() => window.__bench.done);

    return {
      firstRowMs: firstRow.ms,
      firstRowRequests: firstRow.requests,
      nextPageMs: nextPage.end - nextPage.start,
      nextPageRequests: nextPage.requests,
      filterMs: filtered.end - filtered.start,
      filterRequests: filtered.requests,
    };
  } finally {
    await context.close();
  }
}

const medianOf = (samples, pick) => median(samples.map(pick));
const requestMedian = (samples, key) => ({
  count: medianOf(samples, (sample) => sample[key].count),
  api: medianOf(samples, (sample) => sample[key].api),
  kb: medianOf(samples, (sample) => sample[key].kb),
});

export async function listTimings(browser, baseUrl, options = {}) {
  const { samples = 5, applications = 10_000, connectors = 50, log = () => {} } = options;
  const runs = [];
  for (let index = 1; index <= samples; index += 1) {
    log(`list timings ${index}/${samples}`);
    runs.push(await oneSample(browser, baseUrl, { applications, connectors, searchIndex: 4242 }));
  }
  return {
    dataset: { applications, connectors },
    firstRow: { ms: medianOf(runs, (run) => run.firstRowMs), requests: requestMedian(runs, 'firstRowRequests') },
    nextPage: { ms: medianOf(runs, (run) => run.nextPageMs), requests: requestMedian(runs, 'nextPageRequests') },
    filter: { ms: medianOf(runs, (run) => run.filterMs), requests: requestMedian(runs, 'filterRequests') },
    runs,
  };
}
