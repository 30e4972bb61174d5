// End-to-end helper: an assessment with fixed variants, put on this machine the way a reviewer's area would leave it
// (the pending plan in the data folder), then the welcome screen reloaded. Unsigned plan files are refused on the
// candidate screen, so tests do not open one there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export async function openFixedPlan(page: Page, dataDir: string, exercises: Array<{ exerciseId: string; variantId: string; minutes?: number }>): Promise<void> {
  const plan = {
    format: 'dpe-assessment-plan',
    version: 1,
    planId: 'e2e-fixed',
    title: 'Junior Data Platform Engineer assessment',
    exercises: exercises.map((e) => ({ minutes: 45, ...e })),
    extraTimeMultiplier: 1,
    variantMode: 'fixed',
    createdAt: '2026-11-24T09:00:00.000Z',
  };
  writeFileSync(join(dataDir, 'pending-plan.json'), JSON.stringify({ plan, source: 'reviewer-area' }));
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
}
