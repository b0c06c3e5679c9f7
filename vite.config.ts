/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { consoleConfigDevPlugin } from './server/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), consoleConfigDevPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Every browser Torii supports has <link rel=modulepreload>; the polyfill would only add weight.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // dist/.vite/manifest.json maps routes to chunks: scripts/check-budgets.mjs gates sizes from it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Only React gets its own long-lived chunk; a catch-all node_modules group would
        // drag every lazy route's libraries into the initial download.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts'],
    // tests/server/** runs under vitest.server.config.ts: it needs real loopback HTTP, no msw/node.
    exclude: ['tests/e2e/**', 'tests/server/**', 'node_modules/**'],
    testTimeout: 15_000,
    css: false,
  },
});
