import type { Page } from 'playwright-core';

/** The root of an Ant Design select around its search input (its value is shown there). */
const SELECT_ROOT = 'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]';

/**
 * How a person fills the portal's Ant Design controls, for the end-to-end specs: a date typed
 * as Vietnamese documents write it, an option chosen by typing, a person found by citizen ID,
 * an organization found in the tree picker by name.
 */
export function antd(page: Page) {
  const dropdown = () => page.locator('.ant-select-dropdown:visible');
  // under load the previous field's dropdown may still be closing when the next field is clicked,
  // and the click lands on it (nothing chosen): wait until none is open, as a person would
  const previousDropdownClosed = () => dropdown().first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  return {
    /** Replaces whatever the field held, key by key as a person types, and leaves it with Tab. */
    async date(selector: string, ddmmyyyy: string) {
      const input = page.locator(selector);
      await input.click();
      await input.press('ControlOrMeta+a');
      await input.press('Backspace');
      await input.pressSequentially(ddmmyyyy);
      await input.press('Tab');
      await page.waitForFunction(([sel, want]) => (document.querySelector(sel) as HTMLInputElement | null)?.value === want, [selector, ddmmyyyy] as const);
    },
    /**
     * Chooses an option and looks that the field now shows it, as a person does: under load a
     * click can land while the list is still moving and choose nothing; then it is chosen again.
     */
    async option(selector: string, typed: string, optionText?: string | RegExp) {
      const field = page.locator(selector).locator(SELECT_ROOT);
      for (let attempt = 1; ; attempt++) {
        await previousDropdownClosed();
        await page.click(selector);
        await page.keyboard.type(typed);
        const options = dropdown().locator('.ant-select-item-option');
        const option = (optionText ? options.filter({ hasText: optionText }) : options).first();
        const label = (await option.innerText()).split('\n')[0].trim();
        await option.click();
        // the value shown, the search text gone (single), or a tag holding it (multiple)
        const chosen = field.locator('.ant-select-content-has-value:not(.ant-select-content-has-search-value), .ant-select-selection-item').filter({ hasText: label });
        const shown = await chosen.first().waitFor({ timeout: 3_000 }).then(() => true, () => false);
        if (shown) return;
        if (attempt === 3) throw new Error(`the field ${selector} did not take the option "${label}"`);
        await page.keyboard.press('Escape');
      }
    },
    async treeNode(selector: string, typed: string) {
      await previousDropdownClosed();
      await page.click(selector);
      await page.keyboard.type(typed);
      await dropdown().locator('.ant-select-tree-treenode:not([aria-hidden]) .ant-select-tree-title').filter({ hasText: typed }).first().click();
    },
    async submit(form: string) {
      await page.click(`#${form} button[type="submit"]`);
    },
    /**
     * Submits and waits for the page the command leads to; when the form refuses instead, fails
     * with the messages it shows (what a person would read), not a bare timeout.
     */
    async submitTo(form: string, url: RegExp) {
      await page.click(`#${form} button[type="submit"]`);
      const refused = page.locator(`#${form} .ant-form-item-explain-error, #${form} .command-error`).first();
      const outcome = await Promise.race([
        page.waitForURL(url, { timeout: 30_000 }).then(() => 'done' as const),
        refused.waitFor({ timeout: 30_000 }).then(() => 'refused' as const),
      ]);
      if (outcome === 'refused' && !url.test(page.url())) {
        const messages = await page.locator(`#${form} .ant-form-item-explain-error, #${form} .command-error`).allTextContents();
        throw new Error(`the form ${form} was refused: ${messages.join(' | ')}`);
      }
    },
  };
}
