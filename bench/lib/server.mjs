// Serves a build the way `npm start` does in embedded mode (server/main.ts: compression, cache headers,
// CSP), so the bench measures what an admin gets, not a dev server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const tsxCli = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');

export async function startServer({ root, distDir, port }) {
  const child = spawn(process.execPath, [tsxCli, 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, TORII_DIST_DIR: distDir, PORT: String(port), HOST: '127.0.0.1', LOGTO_ENDPOINT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server/main.ts exited ${child.exitCode}: ${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server/main.ts did not answer /healthz on port ${port} within 30 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
