// Lighthouse 12 (its CLI, in a fresh headless Chromium per run) on one URL: performance score, LCP, TBT, CLS.
// Mobile is Lighthouse's default (simulated slow 4G and 4x CPU slowdown); desktop is its `--preset=desktop`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function runOnce(url, preset) {
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    '--quiet',
    `--chrome-flags=${chromeFlags.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`));
      try {
        const report = JSON.parse(stdout);
        const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
        if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.message}`));
        resolve({
          score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          warnings: report.runWarnings ?? [],
        });
      } catch (error) {
        reject(new Error(`lighthouse output was not JSON: ${error.message}`));
      }
    });
  });
}

/**
 * Lighthouse sometimes fails to record a trace at all (NO_NAVSTART, seen here once in about 20 runs):
 * that is a failed measurement, not a result, so the run is made again, twice at most.
 */
async function runWithRetry(url, preset, log) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runOnce(url, preset);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`lighthouse ${preset}: ${error.message.split('\n')[0].slice(0, 160)}; trying again`);
    }
  }
}

export const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** `runs` sequential Lighthouse runs of each preset; the median of every metric, plus the raw runs. */
export async function lighthouse(url, { runs = 3, presets = ['mobile', 'desktop'], log = () => {} } = {}) {
  const result = {};
  for (const preset of presets) {
    const samples = [];
    for (let run = 1; run <= runs; run += 1) {
      log(`lighthouse ${preset} ${run}/${runs}`);
      samples.push(await runWithRetry(url, preset, log));
    }
    result[preset] = {
      score: median(samples.map((sample) => sample.score)),
      fcpMs: median(samples.map((sample) => sample.fcpMs)),
      lcpMs: median(samples.map((sample) => sample.lcpMs)),
      tbtMs: median(samples.map((sample) => sample.tbtMs)),
      cls: median(samples.map((sample) => sample.cls)),
      runs: samples.map(({ warnings, ...sample }) => ({ ...sample, warnings: warnings.length })),
    };
  }
  return result;
}
