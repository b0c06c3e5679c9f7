import { defineConfig, devices } from '@playwright/test';

// Several engineers share one machine: the port and the build directory are set per run.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** What the three Playwright configs share: one worker on a 2-core machine, no retries, Debian's Chromium. */
export const serialRun = { fullyParallel: false, workers: 1, retries: 0, forbidOnly: true } as const;
export const chromiumAt = (port: number) => ({
  baseURL: `http://localhost:${port}`,
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunchOptions,
  trace: 'retain-on-failure' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: ['**/connected.spec.ts', '**/dev-server.spec.ts'],
  ...serialRun,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: { ...chromiumAt(port), permissions: ['clipboard-read', 'clipboard-write'] },
  // The production server in embedded mode: the same static serving and security headers (CSP included)
  // that `npm start` gives, with the embedded API in the browser.
  webServer: {
    command: 'npx tsx server/main.ts',
    env: { TORII_DIST_DIR: dist, PORT: String(port), HOST: '127.0.0.1', LOGTO_ENDPOINT: '' },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
