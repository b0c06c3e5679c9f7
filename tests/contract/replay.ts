import type { Fixture } from './fixtures';
import { recordedAt } from './fixtures';

/**
 * Replays recorded requests, in order, against whatever answers `fetch` (msw/node + the embedded API).
 * Ids the recording server generated are swapped for the ones ours generated; ETags for ours.
 */
export type Replayed = {
  fixture: Fixture;
  status: number;
  headers: Headers;
  body: unknown;
  /** Recorded id → id the embedded API gave the same object. */
  ids: ReadonlyMap<string, string>;
};

const origin = 'http://localhost';

function replaceIds(text: string, ids: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [recorded, actual] of ids) result = result.split(recorded).join(actual);
  return result;
}

/** Deep copy with every recorded id replaced, for request bodies and for expected answers. */
export function mapIds<T>(value: T, ids: ReadonlyMap<string, string>): T {
  return JSON.parse(replaceIds(JSON.stringify(value), ids)) as T;
}

function requestBody(fixture: Fixture, ids: ReadonlyMap<string, string>): string | undefined {
  const { body } = fixture.request;
  if (body === null || body === undefined) return undefined;
  // Malformed JSON was recorded as the raw text sent.
  if (typeof body === 'string') return body;
  const mapped = mapIds(body, ids) as Record<string, unknown>;
  if (typeof mapped.expiresAt === 'number') mapped.expiresAt = Date.now() + (mapped.expiresAt - recordedAt);
  return JSON.stringify(mapped);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function replayAll(fixtures: readonly Fixture[]): Promise<Replayed[]> {
  const ids = new Map<string, string>();
  const etags = new Map<string, string>();
  const results: Replayed[] = [];
  for (const fixture of fixtures) {
    const url = origin + replaceIds(fixture.request.path, ids);
    const headers = new Headers();
    for (const [name, value] of Object.entries(fixture.request.headers)) {
      if (name === 'authorization' || name === 'origin') continue;
      // A recorded ETag means "the one you gave me last time for this URL".
      headers.set(name, name === 'if-none-match' ? (etags.get(url) ?? value) : value);
    }
    const response = await fetch(url, { method: fixture.request.method, headers, body: requestBody(fixture, ids) ?? null });
    const body = await readBody(response);
    const etag = response.headers.get('etag');
    if (etag) etags.set(url, etag);
    const recorded = fixture.response.body;
    if (fixture.request.method === 'POST' && isWithId(recorded) && isWithId(body)) ids.set(recorded.id, body.id);
    results.push({ fixture, status: response.status, headers: response.headers, body, ids: new Map(ids) });
  }
  return results;
}

const isWithId = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
