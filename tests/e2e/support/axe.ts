import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (every rule it has: WCAG 2.0–2.2 A/AA and best practices) on the page as it is now,
 * dialogs included, and fails on any serious or critical violation, listing each with its elements.
 */
export async function expectNoSeriousA11yViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = blocking.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')} ${node.html.slice(0, 120)} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
      .join('\n');
    return `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} elements)\n${nodes}`;
  });
  expect(report, `axe: serious or critical violations on ${context}`).toEqual([]);
  return results;
}
