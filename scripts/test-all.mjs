#!/usr/bin/env node
// `npm test`: every suite, in order, then one plain "N passed, N failed" line that CI reads.
// Unit, integration and contract tests (Vitest), server tests, then the production build and Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
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
  record(name, passed, failed, skipped, status);
}

function playwrightSuite(name, config, env = {}) {
  const output = `${resultsDir}/${name}.json`;
  rmSync(output, { force: true });
  const status = run('npx', ['playwright', 'test', '--config', config], { ...env, E2E_JSON: output });
  const stats = readJson(output)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) + (stats ? 0 : 1);
  record(name, passed, failed, stats?.skipped ?? 0, status);
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

console.log('\nSuites:');
for (const row of rows) console.log(`  ${row}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
