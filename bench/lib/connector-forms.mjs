// For every social factory the embedded API offers: the time its guided-setup form takes to render after
// a client-side navigation, and the time an untouched "Save and done" takes to validate every field and
// show the errors (or, for a form with nothing required, to send). Measured in the page.
import { median } from './lighthouse.mjs';

/** In the page: navigate through the router, time render, then time a full validation pass. */
async function measureForm(path) {
  const waitFor = (check) =>
    new Promise((resolve) => {
      const done = () => {
        const value = check();
        if (value) {
          observer.disconnect();
          resolve(value);
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(done);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      done();
    });
  const form = () => document.querySelector('main form');
  const submit = () => form()?.querySelector('button[type="submit"]');

  // A form already on screen belongs to the previous page: the new one must be a new element.
  const stale = form();
  const navigateStart = performance.now();
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
  const readyForm = await waitFor(() => (submit() && form() !== stale ? form() : null));
  const renderMs = performance.now() - navigateStart;
  const fields = readyForm.querySelectorAll('input:not([type="hidden"]), textarea, select, button[role="combobox"], button[role="switch"]').length;

  const submitStart = performance.now();
  submit().click();
  const outcome = await waitFor(() => {
    if (form()?.querySelector('[aria-invalid="true"]')) return 'invalid';
    if (location.pathname !== path) return 'sent';
    return null;
  });
  return { renderMs, validateMs: performance.now() - submitStart, fields, outcome };
}

export async function connectorFormTimings(browser, baseUrl, { log = () => {}, samples = 3 } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto('/connectors/social?lang=en');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    // The shell paints before the embedded API has started; this page calls /api itself next.
    await page.locator('html[data-api="ready"]').waitFor({ state: 'attached' });
    const factories = await page.evaluate(async () => {
      const response = await fetch('/api/connector-factories', { headers: { accept: 'application/json' } });
      return (await response.json()).filter((factory) => factory.type === 'Social').map((factory) => factory.id);
    });
    const results = [];
    for (const id of factories) {
      log(`connector form ${id}`);
      const runs = [];
      try {
        for (let run = 0; run < samples; run += 1) {
          // Back to the list between runs, so each run mounts the form afresh.
          await page.evaluate(() => {
            history.pushState(null, '', '/connectors/social');
            dispatchEvent(new PopStateEvent('popstate'));
          });
          await page.waitForURL('**/connectors/social');
          // The URL changes at once; wait for the list itself, so the previous form is gone.
          await page.waitForFunction(() => !document.querySelector('main form') && document.querySelector('main h1'));
          runs.push(await page.evaluate(measureForm, `/connectors/social/new/${encodeURIComponent(id)}`));
        }
        results.push({
          id,
          fields: runs[0]?.fields ?? 0,
          outcome: runs[0]?.outcome,
          renderMs: median(runs.map((run) => run.renderMs)),
          validateMs: median(runs.map((run) => run.validateMs)),
          firstRenderMs: runs[0]?.renderMs,
        });
      } catch (error) {
        results.push({ id, error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
        await page.goto('/connectors/social?lang=en');
      }
    }
    return { samples, factories: results };
  } finally {
    await context.close();
  }
}
