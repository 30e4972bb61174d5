// End-to-end helper: replace the text of a Monaco editor the way a candidate would: focus, select all, paste.
import type { Locator, Page } from '@playwright/test';

/**
 * Pasting (not typing) keeps the text exact: typed newlines trigger Monaco's auto-indent, which would re-indent
 * Python. It is also what the session log should see when a solution arrives in one go.
 */
export async function replaceEditorText(page: Page, editor: Locator, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.locator('.monaco-editor').first().waitFor();
  await editor.locator('.view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}
