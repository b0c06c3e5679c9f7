import { expect, test } from '../fixtures';
import { apiCalls, injectFault, installFaults, type Fault } from '../support/faults';
import { saves } from './saves';

/**
 * Each save, failed three ways: a 500, a dropped connection and a gateway timeout (the request stalls,
 * then a proxy answers 504 with an HTML page). Every typed value must still be there, the failure must be
 * said, and pressing the same button again must save: exactly two requests in all.
 */
const faults: { name: string; fault: Fault; says: 'server' | 'network' }[] = [
  { name: 'a 500', fault: { kind: 'status', status: 500, body: { code: 'unknown', message: 'Internal server error' } }, says: 'server' },
  { name: 'a dropped connection', fault: { kind: 'drop' }, says: 'network' },
  { name: 'a timeout', fault: { kind: 'timeout', stallMs: 1500 }, says: 'server' },
];

for (const save of saves) {
  for (const { name, fault, says } of faults) {
    test(`${save.name}: ${name} keeps every value and the retry saves`, async ({ page }) => {
      await installFaults(page);
      await save.prepare(page);
      await injectFault(page, { method: save.method, path: save.path, fault });
      const submit = await save.submit(page);
      await submit.click();
      if (fault.kind === 'timeout') {
        // While the request hangs the button says it is busy and cannot send a second one.
        await expect(submit).toBeDisabled();
      }
      await expect(save.failure[says](page).first()).toBeVisible({ timeout: 15_000 });
      await save.expectKept(page);

      const again = await save.submit(page);
      await again.click();
      await save.expectSaved(page);
      expect(await apiCalls(page, { method: save.method, path: save.path })).toHaveLength(2);
    });
  }
}
