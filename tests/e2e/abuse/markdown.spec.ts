import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../fixtures';
import { createGithubConnector } from '../support/api';
import { installFaults } from '../support/faults';
import { label } from '../support/labels';

/**
 * A connector's README is server text rendered as the connector guide. Crafted markdown must run nothing:
 * each payload below would set `window.__xss` (or open a dialog or a window) if it ran. The README is
 * replaced in the API answer on its way to the page, so the console renders it exactly as served.
 */
const payloads = {
  script: ['<script>window.__xss = "script"</script>', '<script src="data:text/javascript,window.__xss=1"></script>'],
  'event-handler attributes': [
    '<img src="x" onerror="window.__xss = \'img\'">',
    '<div onclick="window.__xss = \'click\'" onmouseover="window.__xss = \'hover\'">Hover or click me</div>',
    '<svg onload="window.__xss = \'svg\'"></svg>',
    '<details open ontoggle="window.__xss = \'toggle\'"><summary>Toggle me</summary></details>',
  ],
  'javascript: links': [
    "[JS link](javascript:window.__xss='link')",
    "[Tab link](java\tscript:window.__xss='tab')",
    "<a href=\"javascript:window.__xss='raw'\">Raw JS link</a>",
    "[Ref link][evil]\n\n[evil]: javascript:window.__xss='ref'",
    "![JS image](javascript:window.__xss='image')",
  ],
  'data: links': [
    '[Data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cub3BlbmVyLl9feHNzPTE8L3NjcmlwdD4=)',
    '<a href="data:text/html,<script>alert(1)</script>">Raw data link</a>',
    '![Data image](data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>)',
  ],
  iframe: [
    '<iframe src="javascript:parent.__xss=\'iframe\'"></iframe>',
    '<iframe srcdoc="<script>parent.__xss=\'srcdoc\'</script>"></iframe>',
    '<object data="javascript:window.__xss=1"></object><embed src="javascript:window.__xss=1">',
  ],
} as const;

const readmeWith = (lines: readonly string[]) => ['# Crafted guide', '', 'Safe text before.', '', ...lines.flatMap((line) => [line, '']), 'Safe text after.'].join('\n');

async function expectNothingRan(page: Page, guide: ReturnType<Page['locator']>) {
  await expect(guide.getByText('Safe text after.')).toBeVisible();
  // Nothing executable or embeddable made it into the DOM...
  const dangerous = await guide.evaluate((root) => {
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'form', 'meta', 'link', 'style'].includes(tag)) found.push(`<${tag}>`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
        if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc'].includes(attribute.name) && !/^(https?:|mailto:|#)/i.test(attribute.value.trim())) {
          found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
        }
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);
  // ...and poking every piece of it does nothing either.
  for (const text of ['JS link', 'Tab link', 'Raw JS link', 'Ref link', 'Data link', 'Raw data link', 'Hover or click me', 'Toggle me']) {
    const target = guide.getByText(text, { exact: true });
    if ((await target.count()) > 0) {
      await target.first().hover();
      await target.first().click();
    }
  }
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page).toHaveURL(/\/connectors\//);
}

for (const [kind, lines] of Object.entries(payloads)) {
  test(`a README with ${kind} runs nothing in the guided setup`, async ({ page, context }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const popups: string[] = [];
    context.on('page', (popup) => popups.push(popup.url()));
    await installFaults(page, [
      { method: 'GET', path: '^/api/connector-factories', fault: { kind: 'patch-json', where: { id: 'github-universal' }, set: { readme: readmeWith(lines) } } },
    ]);
    await openConsole(page, '/connectors/social/new/github-universal', 'en');
    const guide = page.getByRole('region', { name: label('en', 'connectors:guide.title') });
    await expect(guide.getByRole('heading', { name: /Crafted guide/ })).toBeVisible();
    await expectNothingRan(page, guide);
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
  });
}

test('a crafted README in the connector guide sheet on details runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const everything = Object.values(payloads).flat();
  await installFaults(page, [
    { method: 'GET', path: '^/api/connectors', fault: { kind: 'patch-json', where: { connectorId: 'github-universal' }, set: { readme: readmeWith(everything) } } },
  ]);
  await openConsole(page, '/connectors/social', 'ja');
  const connector = await createGithubConnector(page);
  await openConsole(page, `/connectors/${connector.id}`, 'ja');
  await page.getByRole('button', { name: label('ja', 'connectors:details.open_guide') }).click();
  const sheet = page.getByRole('dialog', { name: label('ja', 'connectors:guide.title') });
  await expect(sheet.getByRole('heading', { name: /Crafted guide/ })).toBeVisible();
  await expectNothingRan(page, sheet);
  expect(dialogs).toEqual([]);
});
