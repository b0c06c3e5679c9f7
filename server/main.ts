import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadDotEnv, parseConfig } from './config.ts';

/** Start-up failures end the process with one line on stderr, like a bad variable does. */
function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

loadDotEnv();
const parsed = parseConfig(process.env);
if (!parsed.ok) stop(parsed.message);
const config = parsed.config;
if (!existsSync(join(config.distDir, 'index.html'))) {
  stop(`Torii: ${join(config.distDir, 'index.html')} not found; run \`npm run build\` first (or set TORII_DIST_DIR).`);
}

const app = createApp(config);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const mode = config.logto ? `connected to ${config.logto.endpoint}` : 'embedded API (LOGTO_ENDPOINT not set)';
  console.log(`Torii listening on http://${info.address}:${info.port}, ${mode}`);
  // Fetch the token now, so a wrong secret shows up in the log at start rather than on first use.
  if (config.logto) void app.request('/console-config');
});
server.on('error', (error: NodeJS.ErrnoException) => {
  stop(`Torii: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
});

function shutdown(signal: string) {
  console.log(`Torii: ${signal} received, closing`);
  // Let requests in flight finish; give up after 10 s so a stuck connection cannot block a deploy.
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
