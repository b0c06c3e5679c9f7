// @vitest-environment node
import { afterEach, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers/index.ts';
import { APP_ID, APP_SECRET, everythingIn, makeDist, startTorii } from './harness.ts';
import { startStandInLogto } from './stand-in-logto.ts';

const running: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** Calls that between them touch every route and every failure path. */
const PATHS: [string, RequestInit?][] = [
  ['/console-config'],
  ['/readyz'],
  ['/healthz'],
  ['/'],
  ['/applications/abc'],
  ['/assets/missing.js'],
  ['/api/applications?page=1&page_size=20', { headers: { authorization: 'Bearer from-browser', cookie: 'a=b' } }],
  ['/api/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Leak check","type":"MachineToMachine"}' }],
  ['/api/applications/missing'],
  ['/api/status'],
];

it('never puts the secret or a token in a response, a response header or a log line', async () => {
  const logto = await startStandInLogto({ appId: APP_ID, appSecret: APP_SECRET, handlers });
  const healthy = await startTorii({ distDir: makeDist(), logto: { endpoint: logto.origin } });
  const wrongSecret = await startTorii({ distDir: makeDist(), logto: { endpoint: logto.origin, appSecret: `${APP_SECRET}-old` } });
  running.push(healthy, wrongSecret, logto);

  const seen: string[] = [];
  for (const torii of [healthy, wrongSecret]) {
    for (const [path, init] of PATHS) seen.push(await everythingIn(await torii.fetch(path, init)));
    logto.rejectAllTokens = torii === healthy;
    seen.push(await everythingIn(await torii.fetch('/api/applications?page=1&page_size=20')));
    seen.push(await everythingIn(await torii.fetch('/console-config')));
    logto.rejectAllTokens = false;
  }
  seen.push(...healthy.logs, ...wrongSecret.logs);

  const basic = Buffer.from(`${APP_ID}:${APP_SECRET}`).toString('base64');
  expect(logto.issuedTokens.length).toBeGreaterThan(1);
  const forbidden = [APP_SECRET, basic, ...logto.issuedTokens];
  const leaks = seen.filter((text) => forbidden.some((secret) => text.includes(secret)));
  expect(leaks).toEqual([]);
  // The checks above looked at real traffic: log lines and both kinds of answers.
  expect(healthy.logs.some((line) => line.startsWith('GET /api/applications 200'))).toBe(true);
  expect(wrongSecret.logs.some((line) => line.startsWith('Logto problem: token_failed'))).toBe(true);
});
