import { defineConfig } from '@playwright/test';
import { chromiumAt, serialRun } from './playwright.config.ts';

/**
 * The whole app in connected mode: the built SPA served by `server/main.ts`, talking to the
 * stand-in Logto (tests/server/stand-in-logto.ts). Two more servers show the failure pages:
 * one with a wrong secret, one pointed at a port where nothing listens.
 *   E2E_DIST=/tmp/x-dist E2E_PORT=4710 npx playwright test --config playwright.connected.config.ts
 */
const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4710);
export const ports = { torii: port, logto: port + 1, wrongSecret: port + 2, unreachable: port + 3, nothing: port + 4 };
const appId = 'torii-e2e';
const appSecret = 'e2eSecretValue0123456789abcdefgh';

function torii(toriiPort: number, env: Record<string, string>) {
  return {
    command: 'node --import tsx server/main.ts',
    url: `http://127.0.0.1:${toriiPort}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(toriiPort), HOST: '127.0.0.1', TORII_DIST_DIR: dist, LOGTO_PUBLIC_ENDPOINT: '', LOGTO_MANAGEMENT_RESOURCE: '', ...env },
  };
}

const logtoEndpoint = `http://127.0.0.1:${ports.logto}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: ['connected.spec.ts'],
  ...serialRun,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e-connected.json' }]],
  use: chromiumAt(ports.torii),
  webServer: [
    {
      command: 'node --import tsx tests/server/stand-in-logto-main.ts',
      url: `${logtoEndpoint}/api/status`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { STAND_IN_PORT: String(ports.logto), STAND_IN_APP_ID: appId, STAND_IN_APP_SECRET: appSecret },
    },
    torii(ports.torii, { LOGTO_ENDPOINT: logtoEndpoint, LOGTO_M2M_APP_ID: appId, LOGTO_M2M_APP_SECRET: appSecret }),
    torii(ports.wrongSecret, { LOGTO_ENDPOINT: logtoEndpoint, LOGTO_M2M_APP_ID: appId, LOGTO_M2M_APP_SECRET: 'not-the-secret' }),
    torii(ports.unreachable, { LOGTO_ENDPOINT: `http://127.0.0.1:${ports.nothing}`, LOGTO_M2M_APP_ID: appId, LOGTO_M2M_APP_SECRET: appSecret }),
  ],
});
