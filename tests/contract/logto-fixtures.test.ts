// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { shapeMismatches, valueMismatches } from './compare';
import { engineWordedMessages, type Fixture, fixtures, stateDependentLists, unorderedLists } from './fixtures';
import { mapIds, type Replayed, replayAll } from './replay';

/**
 * The contract suite: every recorded Logto call for applications, secrets, connector factories,
 * connectors and the sign-in experience is replayed in order against the embedded API, which must answer
 * with the same status, error code, shape and (where deterministic) the same values.
 */
type Item = Record<string, unknown>;
const asItems = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
const byConnectorId = (a: Item, b: Item) => String(a.connectorId).localeCompare(String(b.connectorId));

/** What can still be asserted about lists whose rows differ between the two servers. */
const listChecks: Record<string, (replayed: Replayed) => void> = {
  '014-list-applications.json': ({ body }) => {
    expect(asItems(body).map((app) => app.name)).toContain('Console API tester (M2M)');
  },
  '015-list-applications-paged.json': ({ body, headers }) => {
    expect(asItems(body)).toHaveLength(2);
    expect(headers.get('link')).toContain('rel="first"');
  },
  '016-list-applications-by-type.json': ({ body }) => {
    const types = asItems(body).map((app) => app.type);
    expect(types).toContain('MachineToMachine');
    expect(new Set(types)).toEqual(new Set(['MachineToMachine', 'Traditional']));
  },
  '038-list-connector-factories.json': ({ body, fixture }) => {
    const ours = asItems(body);
    expect(ours.filter((factory) => factory.type === 'Social' && !factory.isDemo).length).toBeGreaterThanOrEqual(15);
    // Where both catalogues have a factory, it must be the same factory: same form, same kind.
    const recordedById = new Map(asItems(fixture.response.body).map((factory) => [factory.id, factory]));
    const shared = ours.filter((factory) => recordedById.has(factory.id));
    expect(shared.map((factory) => factory.id)).toEqual(expect.arrayContaining(['alipay-web', 'patreon-universal']));
    for (const factory of shared) {
      const recorded = recordedById.get(factory.id) ?? {};
      for (const key of ['type', 'target', 'platform', 'isDemo', 'isStandard', 'isTokenStorageSupported', 'formItems']) {
        expect(valueMismatches(factory[key], recorded[key], `${String(factory.id)}.${key}`)).toEqual([]);
      }
    }
  },
  '071-cors-get-http-localhost-5173.json': ({ body, headers }) => {
    expect(asItems(body)).toHaveLength(1);
    expect(headers.get('link')).toContain('rel="next"');
  },
  '073-cors-get-http-localhost-3002.json': ({ body }) => {
    expect(asItems(body)).toHaveLength(1);
  },
};

function expectSameValues(replayed: Replayed, expected: unknown): void {
  const { fixture, body } = replayed;
  if (stateDependentLists.has(fixture.file)) {
    const check = listChecks[fixture.file];
    expect(check, `no list check for ${fixture.file}`).toBeDefined();
    check?.(replayed);
  } else if (engineWordedMessages.has(fixture.file)) {
    expect(body).toEqual({ message: expect.any(String) });
  } else if (unorderedLists.has(fixture.file)) {
    expect(valueMismatches([...asItems(body)].sort(byConnectorId), [...asItems(expected)].sort(byConnectorId))).toEqual([]);
  } else {
    expect(valueMismatches(body, expected)).toEqual([]);
  }
}

describe('embedded API replays the recorded Logto calls', () => {
  const results = new Map<string, Replayed>();

  beforeAll(async () => {
    for (const replayed of await replayAll(fixtures)) results.set(replayed.fixture.file, replayed);
  });

  it.each(fixtures.map((fixture): [string, Fixture] => [`${fixture.request.method} ${fixture.request.path} (${fixture.file})`, fixture]))(
    '%s',
    (_title, fixture) => {
      const replayed = results.get(fixture.file);
      if (!replayed) throw new Error(`${fixture.file} was not replayed`);
      const recorded = fixture.response;
      const expected = mapIds(recorded.body, replayed.ids);

      expect(replayed.status).toBe(recorded.status);
      const recordedCode = (recorded.body as { code?: unknown } | null)?.code;
      expect((replayed.body as { code?: unknown } | null)?.code).toBe(recordedCode);
      expect(shapeMismatches(replayed.body, expected)).toEqual([]);
      expectSameValues(replayed, expected);

      expect(replayed.headers.has('total-number')).toBe('total-number' in recorded.headers);
      if (!stateDependentLists.has(fixture.file) && recorded.headers['total-number']) {
        expect(replayed.headers.get('total-number')).toBe(recorded.headers['total-number']);
      }
      if (recorded.headers.etag) expect(replayed.headers.get('etag')).toBeTruthy();
    },
  );

  it('covers at least 40 recorded calls', () => {
    const covered = fixtures.map((fixture) => fixture.file);
    console.info(`Contract suite replayed ${covered.length} recorded calls:\n${covered.join('\n')}`);
    expect(covered.length).toBeGreaterThanOrEqual(40);
    expect(results.size).toBe(covered.length);
  });
});
