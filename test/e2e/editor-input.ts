// End-to-end helper: replace the text of a Monaco editor the way a candidate would (focus, select all, type).
import type { Locator, Page } from '@playwright/test';

export async function replaceEditorText(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.locator('.monaco-editor').first().waitFor();
  await editor.locator('.view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText avoids Monaco's auto-closing brackets and auto-indent rewriting what we "type".
  await page.keyboard.insertText(text);
}

export async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}
