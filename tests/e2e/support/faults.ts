import type { Page } from '@playwright/test';

/**
 * Failure injection for end-to-end tests. The embedded API answers from a service worker, and Playwright's
 * `page.route` never sees requests a service worker answers (checked: zero routed calls while the list
 * loaded). So an init script wraps `window.fetch` before the app loads, and the app receives exactly what a
 * real failure would give it: a 500 body, a rejected fetch (`TypeError: Failed to fetch`), or a gateway
 * timeout after a stall. Every `/api` call is also logged, so a test can count what was sent.
 */
export type Fault =
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'drop' }
  /** The request stalls, then a reverse proxy gives up: 504 with an HTML body, as nginx sends. */
  | { kind: 'timeout'; stallMs?: number }
  /** Answers after a pause, so a test can act while the request is in flight. */
  | { kind: 'delay'; ms: number }
  /** Lets the real answer through with fields replaced on every object (or array item) matching `where`. */
  | { kind: 'patch-json'; where: Record<string, unknown>; set: Record<string, unknown> };

/** `times`: how many matching calls fail (then the real API answers again); unset means every call. */
export type FaultRule = { method?: string; path: string; fault: Fault; times?: number };
export type LoggedCall = { method: string; path: string; body: string | null };

declare global {
  interface Window {
    __toriiFaults: (FaultRule & { pathPattern: RegExp; used: number })[];
    __toriiCalls: LoggedCall[];
  }
}

function installInPage(initial: FaultRule[]) {
  const original = window.fetch.bind(window);
  window.__toriiFaults = initial.map((rule) => ({ ...rule, pathPattern: new RegExp(rule.path), used: 0 }));
  window.__toriiCalls = [];
  const patch = (value: unknown, where: Record<string, unknown>, set: Record<string, unknown>): unknown => {
    if (Array.isArray(value)) return value.map((item) => patch(item, where, set));
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const matches = Object.entries(where).every(([key, expected]) => record[key] === expected);
      return matches ? { ...record, ...set } : record;
    }
    return value;
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/')) return original(input, init);
    const body = typeof init?.body === 'string' ? init.body : null;
    window.__toriiCalls.push({ method: request.method, path: url.pathname + url.search, body });
    const rule = window.__toriiFaults.find(
      (candidate) =>
        (candidate.method ?? request.method) === request.method &&
        candidate.pathPattern.test(url.pathname) &&
        (candidate.times === undefined || candidate.used < candidate.times),
    );
    if (!rule) return original(input, init);
    rule.used += 1;
    const fault = rule.fault;
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    switch (fault.kind) {
      case 'status':
        return new Response(JSON.stringify(fault.body ?? { code: 'unknown', message: 'Internal server error' }), {
          status: fault.status,
          headers: { 'content-type': 'application/json' },
        });
      case 'drop':
        throw new TypeError('Failed to fetch');
      case 'timeout':
        await wait(fault.stallMs ?? 1500);
        return new Response('<html><body><h1>504 Gateway Time-out</h1></body></html>', {
          status: 504,
          statusText: 'Gateway Time-out',
          headers: { 'content-type': 'text/html' },
        });
      case 'delay':
        await wait(fault.ms);
        return original(input, init);
      case 'patch-json': {
        const response = await original(input, init);
        const json: unknown = await response.json();
        const headers = new Headers(response.headers);
        headers.delete('content-length');
        headers.delete('etag');
        return new Response(JSON.stringify(patch(json, fault.where, fault.set)), { status: response.status, headers });
      }
    }
  };
}

/** Call before the first navigation; `rules` apply from the very first request (e.g. patched factories). */
export async function installFaults(page: Page, rules: FaultRule[] = []) {
  await page.addInitScript(installInPage, rules);
}

/**
 * Adds a rule to a loaded page; `path` is a RegExp source matched against the URL path (e.g.
 * `^/api/applications$`). By default it hits once, so the retry that follows reaches the real API.
 */
export async function injectFault(page: Page, rule: FaultRule) {
  await page.evaluate((added) => {
    window.__toriiFaults.push({ ...added, pathPattern: new RegExp(added.path), used: 0 });
  }, { ...rule, times: rule.times ?? 1 });
}

export async function clearFaults(page: Page) {
  await page.evaluate(() => {
    window.__toriiFaults = [];
  });
}

/** The `/api` calls the page made, optionally only those of a method and path pattern. */
export async function apiCalls(page: Page, filter: { method?: string; path?: string } = {}): Promise<LoggedCall[]> {
  const calls = await page.evaluate(() => window.__toriiCalls);
  return calls.filter(
    (call) => (!filter.method || call.method === filter.method) && (!filter.path || new RegExp(filter.path).test(call.path.split('?')[0] ?? '')),
  );
}
