import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Vite puts content-hashed files, and only those, under /assets/. */
const isHashedAsset = (path: string) => path.startsWith('/assets/');

/** A client route (/applications/abc) rather than a file (/favicon.svg, /assets/x.js). */
const isClientRoute = (path: string) => !isHashedAsset(path) && !/\.[^/]*$/.test(path);

/** The built SPA: files from `distDir`, and index.html for every client route. */
export function createStaticApp(distDir: string) {
  // serveStatic documents a root relative to the working directory.
  const root = relative(process.cwd(), distDir) || '.';
  const app = new Hono();

  app.use(compress());
  app.use(async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const path = c.req.path;
    // index.html names the current hashed files: a cached copy would point at deleted ones after a deploy.
    const cacheControl = isHashedAsset(path) ? IMMUTABLE : isClientRoute(path) || path === '/index.html' ? 'no-store' : 'no-cache';
    c.res.headers.set('cache-control', cacheControl);
  });
  app.on(['GET', 'HEAD'], '*', serveStatic({ root }));
  const serveIndex = serveStatic({ root, path: 'index.html' });
  app.on(['GET', 'HEAD'], '*', (c, next) => (isClientRoute(c.req.path) ? serveIndex(c, next) : next()));
  return app;
}
