// End-to-end helper: an assessment with fixed variants, put on this machine the way a reviewer's area would leave it
// (the pending plan in the data folder), then the welcome screen reloaded. Unsigned plan files are refused on the
// candidate screen, so tests do not open one there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The fixed query of SQL variant revenue-by-plan, as a strong candidate writes it (several specs hand it in). */
export const REVENUE_BY_PLAN_FIX = `SELECT p.name AS plan_name,
       ROUND(COALESCE(SUM(pay.amount_cents), 0) / 100.0, 2) AS revenue_usd
FROM plans p
LEFT JOIN subscriptions s ON s.plan_id = p.plan_id
LEFT JOIN invoices i ON i.subscription_id = s.subscription_id
LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id
  AND pay.status = 'succeeded'
  AND pay.paid_at >= '2024-03-01' AND pay.paid_at < '2024-04-01'
GROUP BY p.plan_id, p.name;`;

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
