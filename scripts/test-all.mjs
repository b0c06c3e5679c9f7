#!/usr/bin/env node
// `npm test`: every suite, in order, then one plain "N passed, N failed" line that CI reads.
// Unit, integration and contract tests (Vitest), server tests, the production build and Playwright on it,
// then Playwright on `npm run dev`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
// CI shows only the tail of the log, so each failure is named again under the totals.
const failures = [];
let broken = false;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestSuite(name, args) {
  const output = `${resultsDir}/${name}.json`;
  rmSync(output, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
  const report = readJson(output);
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + (report ? 0 : 1);
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  for (const file of report?.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(describe(name, file.name, test.fullName, test.failureMessages?.[0]));
    // A file that fails to load has no failed test, only its own message.
    if (file.status === 'failed' && failedTests.length === 0) failures.push(describe(name, file.name, '(file)', file.message));
  }
  record(name, passed, failed, skipped, status);
}

function playwrightSuite(name, config, env = {}) {
  const output = `${resultsDir}/${name}.json`;
  rmSync(output, { force: true });
  const status = run('npx', ['playwright', 'test', '--config', config], { ...env, E2E_JSON: output });
  const report = readJson(output);
  const stats = report?.stats;
  collectPlaywrightFailures(name, report?.suites ?? []);
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) + (stats ? 0 : 1);
  record(name, passed, failed, stats?.skipped ?? 0, status);
}

function collectPlaywrightFailures(name, suites, titles = []) {
  for (const suite of suites) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const lastError = test.results?.at(-1)?.error?.message;
        failures.push(describe(name, spec.file, [...path.slice(1), spec.title].join(' › '), lastError));
      }
    }
    collectPlaywrightFailures(name, suite.suites ?? [], path);
  }
}

function describe(suite, file, title, message = '') {
  const firstLine = stripVTControlCharacters(message).split('\n').find((line) => line.trim()) ?? '';
  const where = String(file).replace(`${process.cwd()}/`, '');
  return `[${suite}] ${where} › ${title}\n      ${firstLine.trim().slice(0, 300)}`;
}

function record(name, passed, failed, skipped, status) {
  // A runner that exits non-zero with nothing failed (a crash, a budget) still fails the run.
  if (status !== 0 && failed === 0) failed = 1;
  if (status !== 0) broken = true;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push(`${name.padEnd(14)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed`);
}

vitestSuite('unit', []);
if (existsSync('vitest.server.config.ts')) vitestSuite('server', ['--config', 'vitest.server.config.ts']);

const buildStatus = run('npm', ['run', 'build']);
if (buildStatus !== 0) {
  record('build', 0, 1, 0, buildStatus);
} else {
  // Size budgets (scripts/check-budgets.mjs) read this same build's manifest.
  const budgetsOutput = `${resultsDir}/budgets.json`;
  rmSync(budgetsOutput, { force: true });
  const budgetStatus = run('node', ['scripts/check-budgets.mjs', '--dist', 'dist', '--json', budgetsOutput]);
  const budgets = readJson(budgetsOutput);
  record('budgets', budgets?.passed ?? 0, budgets?.failed ?? 1, 0, budgetStatus);
  playwrightSuite('e2e', 'playwright.config.ts');
  if (existsSync('playwright.connected.config.ts')) playwrightSuite('e2e-connected', 'playwright.connected.config.ts');
}
// `npm run dev` (Vite's dev server with the embedded API) needs no build.
if (existsSync('playwright.dev.config.ts')) playwrightSuite('e2e-dev', 'playwright.dev.config.ts');

console.log('\nSuites:');
for (const row of rows) console.log(`  ${row}`);
if (failures.length > 0) {
  console.log('\nFailed:');
  for (const failure of failures.slice(0, 30)) console.log(`  ${failure}`);
  if (failures.length > 30) console.log(`  …and ${failures.length - 30} more`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
