import type { Page } from 'playwright-core';

/**
 * How a person fills the portal's Ant Design controls, for the end-to-end specs: a date typed
 * as Vietnamese documents write it, an option chosen by typing, a person found by citizen ID,
 * an organization found in the tree picker by name.
 */
export function antd(page: Page) {
  const dropdown = () => page.locator('.ant-select-dropdown:visible');
  return {
    async date(selector: string, ddmmyyyy: string) {
      await page.click(selector);
      await page.fill(selector, ddmmyyyy);
      await page.press(selector, 'Tab');
    },
    async option(selector: string, typed: string, optionText?: string | RegExp) {
      await page.click(selector);
      await page.keyboard.type(typed);
      const options = dropdown().locator('.ant-select-item-option');
      await (optionText ? options.filter({ hasText: optionText }) : options).first().click();
    },
    async treeNode(selector: string, typed: string) {
      await page.click(selector);
      await page.keyboard.type(typed);
      await dropdown().locator('.ant-select-tree-treenode:not([aria-hidden]) .ant-select-tree-title').filter({ hasText: typed }).first().click();
    },
    async submit(form: string) {
      await page.click(`#${form} button[type="submit"]`);
    },
  };
}
