import { defineConfig } from '@playwright/test';
import { chromiumAt, serialRun } from './playwright.config.ts';

/**
 * `npm run dev`, the first command in README.md, checked in a real browser: Vite serves every source
 * module on its own URL (`/src/api/…` among them) while the embedded API's service worker is running,
 * which the production build used by the other suites never does.
 *   E2E_PORT=4720 npx playwright test --config playwright.dev.config.ts
 */
const port = Number(process.env.E2E_PORT ?? 4720);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: ['dev-server.spec.ts'],
  ...serialRun,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e-dev.json' }]],
  use: chromiumAt(port),
  webServer: {
    command: `npx vite --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 90_000,
  },
});
