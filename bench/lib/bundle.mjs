// Reads a Vite production build (its `.vite/manifest.json`) and works out what each route downloads.
// Shared by `npm run bench` (the table) and scripts/check-budgets.mjs (the CI gate), so both count alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Top-level routes and the lazy modules that render them (see src/app/router.tsx). Nested routes list the
 * layout module first. `namespaces` are the locale chunks the page loads besides `common`.
 */
export const ROUTES = [
  { path: '/applications', modules: ['src/features/applications/pages/applications-page.tsx'], namespaces: ['applications'] },
  {
    path: '/applications/:id/settings',
    modules: ['src/features/applications/pages/application-details-page.tsx', 'src/features/applications/pages/application-settings-tab.tsx'],
    namespaces: ['applications'],
  },
  {
    path: '/applications/:id/quick-start',
    modules: ['src/features/applications/pages/application-details-page.tsx', 'src/features/applications/pages/application-quick-start-tab.tsx'],
    namespaces: ['applications'],
  },
  { path: '/connectors/social', modules: ['src/features/connectors/pages/social-connectors-page.tsx'], namespaces: ['connectors'] },
  { path: '/connectors/social/new/:factoryId', modules: ['src/features/connectors/pages/connector-create-page.tsx'], namespaces: ['connectors'] },
  { path: '/connectors/:id', modules: ['src/features/connectors/pages/connector-details-page.tsx'], namespaces: ['connectors'] },
  {
    path: '/sign-in-experience/sign-up-and-sign-in',
    modules: ['src/features/sign-in-experience/pages/sign-up-and-sign-in-page.tsx'],
    namespaces: ['sign-in-experience'],
  },
  { path: '*', modules: ['src/app/not-found-page.tsx'], namespaces: [] },
];

/** The route the console opens on (`/` redirects there): the one the 150 kB budget is about. */
export const FIRST_ROUTE = '/applications';
export const BUDGETS = { firstRouteInitialJsKb: 150, routeOwnJsKb: 60 };

const KB = 1000;
const localeKey = (language, namespace) => `locales/${language}/${namespace}.json`;

export function readManifest(distDir) {
  const file = join(distDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `No Vite manifest at ${file} (${error.code ?? error.message}). Build with \`build.manifest: true\` or \`vite build --manifest\`.`,
      { cause: error },
    );
  }
}

/** Gzip size (level 9, as size-limit and most CDNs' static precompression) and raw size of a built file. */
function measure(distDir, file, cache) {
  let size = cache.get(file);
  if (!size) {
    const bytes = readFileSync(join(distDir, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    cache.set(file, size);
  }
  return size;
}

/** Manifest keys reachable from `keys` through static imports (what the browser fetches with them). */
function staticClosure(manifest, keys) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

function filesOf(manifest, keys) {
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    else if (chunk.file.endsWith('.css')) css.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  return { js, css };
}

function total(distDir, files, cache, exclude = new Set()) {
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    if (exclude.has(file)) continue;
    const size = measure(distDir, file, cache);
    gzip += size.gzip;
    raw += size.raw;
  }
  return { gzipKb: gzip / KB, rawKb: raw / KB };
}

/**
 * Sizes of a build. `initial` is what every page needs before its route: the entry chunk, its static
 * imports and the English `common` strings. Each route adds its lazy modules, their static imports and its
 * locale namespace, minus what `initial` already holds.
 */
export function analyzeBuild(distDir, language = 'en') {
  const manifest = readManifest(distDir);
  const cache = new Map();
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('The manifest has no entry chunk.');

  const initialKeys = staticClosure(manifest, [entryKey, localeKey(language, 'common')]);
  const initialFiles = filesOf(manifest, initialKeys);
  const initial = { js: total(distDir, initialFiles.js, cache), css: total(distDir, initialFiles.css, cache) };
  const initialAll = new Set([...initialFiles.js, ...initialFiles.css]);

  const routes = ROUTES.map((route) => {
    const missing = route.modules.filter((module) => !manifest[module]);
    const keys = staticClosure(manifest, [...route.modules, ...route.namespaces.map((ns) => localeKey(language, ns))]);
    const files = filesOf(manifest, keys);
    const own = { js: total(distDir, files.js, cache, initialAll), css: total(distDir, files.css, cache, initialAll) };
    return {
      path: route.path,
      missing,
      own,
      withInitial: { jsGzipKb: initial.js.gzipKb + own.js.gzipKb, cssGzipKb: initial.css.gzipKb + own.css.gzipKb },
    };
  });

  // Every lazy module of the app on its own, so a route the table above does not list is still budgeted.
  const routeModules = Object.keys(manifest).filter((key) => manifest[key].isDynamicEntry && /^src\//.test(key));
  const modules = routeModules.map((key) => {
    const files = filesOf(manifest, staticClosure(manifest, [key]));
    return {
      module: key,
      // The route's own chunk: the code only this lazy module brings (the budgeted figure).
      chunk: { js: total(distDir, [manifest[key].file], cache) },
      // What a first visit downloads beyond `initial`, shared libraries included (reported, not budgeted:
      // the dialog, form and schema libraries it counts are shared by several routes and cached after one).
      own: { js: total(distDir, files.js, cache, initialAll), css: total(distDir, files.css, cache, initialAll) },
    };
  });
  const listed = new Set(ROUTES.flatMap((route) => route.modules));
  const unlisted = routeModules.filter((key) => !listed.has(key));

  // The embedded API is a lazy chunk outside src/: loaded before the first page only in embedded mode.
  const embeddedKey = Object.keys(manifest).find((key) => /^mocks\/browser\.[tj]s$/.test(key));
  const embeddedApi = embeddedKey
    ? total(distDir, filesOf(manifest, staticClosure(manifest, [embeddedKey])).js, cache, initialAll)
    : null;

  const allJs = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  const allCss = new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]).filter((f) => f.endsWith('.css')));

  return {
    initial,
    initialFiles: { js: [...initialFiles.js], css: [...initialFiles.css] },
    routes,
    modules,
    unlisted,
    embeddedApi,
    allJs: { ...total(distDir, allJs, cache), files: allJs.size },
    allCss: total(distDir, allCss, cache),
  };
}

/** Budget verdicts for a build: one entry per budget, `ok` false when it is exceeded. */
export function checkBudgets(analysis) {
  const results = [];
  const first = analysis.routes.find((route) => route.path === FIRST_ROUTE);
  results.push({
    name: `initial JS for ${FIRST_ROUTE} (entry + its route)`,
    actualKb: first?.withInitial.jsGzipKb ?? Number.NaN,
    limitKb: BUDGETS.firstRouteInitialJsKb,
  });
  for (const module of analysis.modules) {
    results.push({
      name: `own chunk of ${module.module} (first visit adds ${kb(module.own.js.gzipKb)} kB with shared chunks)`,
      actualKb: module.chunk.js.gzipKb,
      limitKb: BUDGETS.routeOwnJsKb,
    });
  }
  for (const route of analysis.routes) {
    if (route.missing.length > 0) results.push({ name: `route ${route.path} is in the build`, actualKb: Number.NaN, limitKb: 0, missing: route.missing });
  }
  return results.map((result) => ({ ...result, ok: Number.isFinite(result.actualKb) && result.actualKb <= result.limitKb }));
}

export const kb = (value) => (value == null || Number.isNaN(value) ? '—' : value.toFixed(1));
