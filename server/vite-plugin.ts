import type { Plugin } from 'vite';

/** Dev server: answers `/console-config` so the SPA boots the embedded API. */
export function consoleConfigDevPlugin(): Plugin {
  return {
    name: 'torii-console-config',
    configureServer(server) {
      server.middlewares.use('/console-config', (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ mode: 'embedded', tenantEndpoint: 'http://localhost:3001' }));
      });
    },
  };
}
