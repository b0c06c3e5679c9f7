#!/usr/bin/env node
// Size budgets, a CI gate (scripts/test-all.mjs runs it after `npm run build`; `npm run size` runs it alone):
// the first route's initial JS at most 150 kB gzip, and no lazy route module adding more than 60 kB gzip.
// It reads the production build's Vite manifest (vite.config.ts sets `build.manifest`), the same dist/ that
// Playwright tests. Usage: node scripts/check-budgets.mjs [--dist dist] [--json test-results/budgets.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeBuild, checkBudgets, kb } from '../bench/lib/bundle.mjs';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, json: { type: 'string' } } });

let results;
try {
  results = checkBudgets(analyzeBuild(values.dist));
} catch (error) {
  console.error(`Size budgets: ${error.message}`);
  results = [{ name: `read the build in ${values.dist}`, actualKb: Number.NaN, limitKb: 0, ok: false }];
}

const failed = results.filter((result) => !result.ok);
console.log(`\nSize budgets (gzip, ${values.dist}/):`);
for (const result of results) {
  const verdict = result.ok ? 'ok  ' : 'FAIL';
  const extra = result.missing ? ` (not in the manifest: ${result.missing.join(', ')})` : '';
  console.log(`  ${verdict} ${kb(result.actualKb).padStart(7)} / ${String(result.limitKb).padStart(3)} kB  ${result.name}${extra}`);
}
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);

if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results }, null, 2)}\n`);
}
process.exit(failed.length > 0 ? 1 : 0);
