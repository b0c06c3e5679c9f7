#!/usr/bin/env node
// `npm run bench`: builds Torii into bench/.build (never dist/), then measures and prints one table, also
// written to bench/results/latest.json (+ latest.md). Timings are reported, not asserted: the budgets that
// gate CI live in scripts/check-budgets.mjs. See README.md, "Performance".
//   --skip-build        reuse bench/.build        --port N       server port (default 4390)
//   --only=sizes,lighthouse,list,connectors        --samples N    list samples (default 5)
//   --lighthouse-runs N (default 3)               --applications N / --connectors N (10000 / 50)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { analyzeBuild, checkBudgets } from './lib/bundle.mjs';
import { composition } from './lib/composition.mjs';
import { connectorFormTimings } from './lib/connector-forms.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { listTimings } from './lib/list-timings.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string', default: 'sizes,lighthouse,list,connectors' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4390' },
    samples: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    applications: { type: 'string', default: '10000' },
    connectors: { type: 'string', default: '50' },
    out: { type: 'string', default: join(root, 'bench', 'results') },
  },
});
const only = new Set(values.only.split(','));
const outDir = join(root, 'bench', '.build');
const log = (message) => console.error(`[bench] ${message}`);
// The flags the Playwright config uses for Debian's Chromium.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!values['skip-build']) {
  log(`building into ${outDir}`);
  // Hidden source maps feed the composition table and change nothing in the shipped files.
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true, sourcemap: 'hidden' } });
}

const results = { date: new Date().toISOString(), environment: environment() };

if (only.has('sizes')) {
  const analysis = analyzeBuild(outDir);
  results.sizes = { ...analysis, budgets: checkBudgets(analysis), initialComposition: composition(outDir, analysis.initialFiles.js) };
}

const server = await startServer({ root, distDir: outDir, port: Number(values.port) });
const baseUrl = server.url;
try {
  if (only.has('lighthouse')) {
    results.lighthouse = { url: '/applications', ...(await lighthouse(`${baseUrl}/applications?lang=en`, { runs: Number(values['lighthouse-runs']), log })) };
  }
  if (only.has('list') || only.has('connectors')) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
    try {
      if (only.has('list')) {
        results.list = await listTimings(browser, baseUrl, {
          samples: Number(values.samples),
          applications: Number(values.applications),
          connectors: Number(values.connectors),
          log,
        });
      }
      if (only.has('connectors')) results.connectorForms = await connectorFormTimings(browser, baseUrl, { log });
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

mkdirSync(values.out, { recursive: true });
const markdown = renderMarkdown(results);
writeFileSync(join(values.out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(values.out, 'latest.md'), `${markdown}\n`);
console.log(markdown);
log(`written to ${join(values.out, 'latest.json')} and latest.md`);

function environment() {
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  let chromiumVersion = null;
  try {
    chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  return { commit: git(['rev-parse', '--short', 'HEAD']), dirty: Boolean(git(['status', '--porcelain', '--', '.', ':!bench/results'])), node: process.version, chromium: chromiumVersion, cpus: cpus().length };
}
