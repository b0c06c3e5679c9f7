import { expect, type Locator, type Page } from '@playwright/test';

export type FocusReport = { element: string; visible: boolean; focusVisible: boolean; indicator: string };

/** In the page: what the focused element is, and whether something visible marks it as focused. */
function describeFocus(): FocusReport | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const name =
    element.getAttribute('aria-label') ??
    element.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') ??
    (element.textContent ?? '').trim().slice(0, 40);
  const description = `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} "${name}"`;
  const transparent = (color: string) => color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
  const indicatorOf = (node: Element) => {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) {
      return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
    }
    if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
    return '';
  };
  // A ring drawn by the element itself, or by a wrapper styled with :focus-within (e.g. a search field).
  let indicator = indicatorOf(element);
  for (let parent = element.parentElement, depth = 0; !indicator && parent && depth < 2; parent = parent.parentElement, depth += 1) {
    if (parent.matches(':focus-within')) indicator = indicatorOf(parent);
  }
  const rect = element.getBoundingClientRect();
  return {
    element: description,
    visible: rect.width > 0 && rect.height > 0,
    focusVisible: element.matches(':focus-visible'),
    indicator,
  };
}

/**
 * Presses Tab from where focus is until `target` has focus (at most `limit` presses), then checks the
 * focus is shown: `:focus-visible` applies and an outline or focus shadow is drawn.
 */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((node) => node === document.activeElement).catch(() => false)) {
      const focus = await page.evaluate(describeFocus);
      expect(focus?.focusVisible, `${focus?.element} matches :focus-visible`).toBe(true);
      expect(focus?.indicator, `${focus?.element} draws a focus indicator`).not.toBe('');
      return;
    }
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/**
 * Tabs through every stop on the page once (until focus comes back to a stop already seen) and returns
 * the stops that are focusable but show no focus indicator.
 */
export async function stopsWithoutFocusIndicator(page: Page, limit = 150): Promise<FocusReport[]> {
  const seen = new Set<string>();
  const missing: FocusReport[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'body';
      // A path of child indices: unique per element without changing the DOM.
      const path: number[] = [];
      for (let node: Element | null = element; node?.parentElement; node = node.parentElement) {
        path.unshift([...node.parentElement.children].indexOf(node));
      }
      return path.join('.');
    });
    if (seen.has(key)) break;
    seen.add(key);
    const focus = await page.evaluate(describeFocus);
    if (focus && focus.visible && (!focus.focusVisible || focus.indicator === '')) missing.push(focus);
  }
  return missing;
}
