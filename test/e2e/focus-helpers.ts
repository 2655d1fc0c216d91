import { expect, type Page } from '@playwright/test';

/** What has keyboard focus, described for an assertion message. */
export function focusedDescription(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return 'BODY';
    const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${label}"`;
  });
}

/** Focus is on some control or heading, never dropped to the page body. */
export async function expectFocusNotOnBody(page: Page) {
  await expect.poll(() => focusedDescription(page)).not.toBe('BODY');
}
