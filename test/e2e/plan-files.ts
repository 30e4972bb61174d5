// End-to-end helper: an assessment plan file with fixed variants, opened from the welcome screen like a candidate would.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export async function openFixedPlan(page: Page, dir: string, exercises: Array<{ exerciseId: string; variantId: string; minutes?: number }>): Promise<void> {
  const file = join(dir, 'fixed-plan.dpe-plan.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'dpe-assessment-plan',
      version: 1,
      planId: 'e2e-fixed',
      title: 'Junior Data Platform Engineer assessment',
      exercises: exercises.map((e) => ({ minutes: 45, ...e })),
      extraTimeMultiplier: 1,
      variantMode: 'fixed',
      createdAt: '2026-11-24T09:00:00.000Z',
    }),
  );
  await page.getByTestId('open-plan-file').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Opened the assessment' }).waitFor();
}
