import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { createApiRoutes } from './app.ts';
import { loadDotEnv, parseConfig } from './config.ts';

export type ConsoleConfigDevPluginOptions = {
  /** Defaults to process.env (after the optional `.env`); tests pass their own. */
  env?: Record<string, string | undefined>;
};

/**
 * `npm run dev`: the Vite dev server answers `/console-config`, and with LOGTO_ENDPOINT set also
 * proxies `/api/*`, through the very routes `npm start` uses (server/app.ts), so developing
 * against a real Logto needs no second process. Without LOGTO_ENDPOINT the SPA starts its embedded API.
 */
export function consoleConfigDevPlugin(options: ConsoleConfigDevPluginOptions = {}): Plugin {
  return {
    name: 'torii-console-config',
    apply: 'serve',
    configureServer(server) {
      if (!options.env) loadDotEnv(server.config.root);
      const env = options.env ?? process.env;
      // Vitest starts a Vite server too; the unit tests never talk to Logto.
      if (env.VITEST) return;
      const parsed = parseConfig(env, server.config.root);
      if (!parsed.ok) throw new Error(parsed.message);
      const { logto } = parsed.config;
      const logger = server.config.logger;
      const listener = getRequestListener(createApiRoutes(parsed.config, { log: (line) => logger.warn(line, { timestamp: true }) }).fetch);
      logger.info(logto ? `  Torii: /api → ${logto.endpoint} (connected mode)` : '  Torii: embedded API (LOGTO_ENDPOINT not set)');

      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const ours = path === '/console-config' || (logto !== null && (path === '/api' || path.startsWith('/api/')));
        if (!ours) return next();
        void listener(request, response);
      });
    },
  };
}
