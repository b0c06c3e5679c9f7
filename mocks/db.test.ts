// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { db, resetDb, restoreDb, seedManyApplications, seedManyConnectors, snapshotDb } from './db';
import { api, list } from './testing/api';

describe('db', () => {
  it('seeds ids and secrets shaped like Logto', () => {
    expect(db.applications.map((app) => app.type).sort()).toEqual(['MachineToMachine', 'Native', 'SPA', 'Traditional']);
    for (const app of db.applications) expect(app.id).toMatch(/^[0-9a-z]{21}$/);
    for (const secret of db.secrets) expect(secret.value).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(db.connectors).toEqual([]);
  });

  it('round-trips a snapshot and refuses one that does not fit', () => {
    const [newest] = db.applications;
    if (!newest) throw new Error('the seed has applications');
    newest.name = 'Changed';
    const snapshot = snapshotDb();
    resetDb();
    expect(db.applications[0]?.name).toBe('Partner Portal');
    expect(restoreDb(snapshot)).toBe(true);
    expect(db.applications[0]?.name).toBe('Changed');
    expect(restoreDb('{"version":1,"data":{}}')).toBe(false);
    expect(restoreDb('not json')).toBe(false);
    expect(db.applications[0]?.name).toBe('Changed');
  });

  it('adds many applications for benchmarks, served a page at a time', async () => {
    seedManyApplications(10_000);
    const page = await api('GET', '/applications?page=500&page_size=20');
    expect(page.headers.get('total-number')).toBe('10004');
    expect(list(page.body)).toHaveLength(20);
    expect(list((await api('GET', '/applications?page=1&page_size=20&search=%25app 09999%25')).body)).toHaveLength(1);
  });

  it('adds many connectors, each a standard OIDC instance with its own target', async () => {
    seedManyConnectors(50);
    const connectors = list((await api('GET', '/connectors')).body);
    expect(connectors).toHaveLength(50);
    expect(new Set(connectors.map((connector) => connector.target)).size).toBe(50);
  });
});
