// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_SECRET, makeDist } from './harness.ts';

const MAIN = resolve('server/main.ts');
// What `tsx server/main.ts` loads, by absolute path: the processes run in empty directories.
const TSX_LOADER = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;

/** `npm start` with exactly these variables (nothing inherited from the test run but PATH and HOME). */
function startProcess(env: Record<string, string>, cwd = mkdtempSync(join(tmpdir(), 'torii-cwd-'))) {
  return spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function runToExit(env: Record<string, string>, cwd?: string) {
  const child = startProcess(env, cwd);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, stderr };
}

describe('a bad configuration stops the server with one line naming the variable', () => {
  it.each([
    ['a missing secret', { LOGTO_ENDPOINT: 'http://localhost:3001', LOGTO_M2M_APP_ID: 'abc' }, 'LOGTO_M2M_APP_SECRET is required when LOGTO_ENDPOINT is set'],
    ['an endpoint without a scheme', { LOGTO_ENDPOINT: 'localhost:3001', LOGTO_M2M_APP_ID: 'abc', LOGTO_M2M_APP_SECRET: APP_SECRET }, 'LOGTO_ENDPOINT must be an http:// or https:// URL'],
    ['a bad public endpoint', { LOGTO_ENDPOINT: 'http://localhost:3001', LOGTO_PUBLIC_ENDPOINT: 'auth.example.com', LOGTO_M2M_APP_ID: 'abc', LOGTO_M2M_APP_SECRET: APP_SECRET }, 'LOGTO_PUBLIC_ENDPOINT must be an http:// or https:// URL'],
    ['a secret without an endpoint', { LOGTO_M2M_APP_SECRET: APP_SECRET }, 'LOGTO_M2M_APP_SECRET is set but LOGTO_ENDPOINT is not'],
    ['a port that is not a number', { PORT: 'eighty' }, 'PORT must be a port number between 0 and 65535'],
  ])('%s', async (_name, env, expected) => {
    const { code, stdout, stderr } = await runToExit(env);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(expected)]);
    expect(stderr).not.toContain(APP_SECRET);
  });

  it('reads .env from the working directory, and says when the build is missing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torii-cwd-'));
    writeFileSync(join(cwd, '.env'), 'PORT=not-a-port\n');
    const badPort = await runToExit({}, cwd);
    expect(badPort.code).toBe(1);
    expect(badPort.stderr.trim()).toBe('Torii: invalid configuration: PORT must be a port number between 0 and 65535.');

    const noBuild = await runToExit({ TORII_DIST_DIR: join(cwd, 'nothing-here') });
    expect(noBuild.code).toBe(1);
    expect(noBuild.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('run `npm run build` first')]);
  });
});

describe('a good configuration', () => {
  it('serves on the configured host and port, and stops cleanly on SIGTERM', async () => {
    const child = startProcess({ PORT: '0', HOST: '127.0.0.1', TORII_DIST_DIR: makeDist() });
    const lines = createInterface({ input: child.stdout });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    let origin = '';
    for await (const line of lines) {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match?.[1]) {
        origin = match[1];
        break;
      }
    }

    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await (await fetch(`${origin}/console-config`)).json()).toMatchObject({ mode: 'embedded' });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
