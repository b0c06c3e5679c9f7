import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// The server tests make real loopback HTTP calls, so they run without tests/setup.ts, whose
// msw/node server intercepts every fetch in the process. `npx vitest run --config vitest.server.config.ts`
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    testTimeout: 20_000,
    // Each file starts its own servers on free ports; two workers are plenty for two cores.
    maxWorkers: 2,
  },
});
