// Host only: answer key for revenue-by-plan — seeded bugs, reference fix, hidden-data recipes and good checks.
import type { SqlBugId } from '../bug-library';
import type { SqlAnswerKey } from '../answer-key';
import type { BillingData } from '../../../exercises/sql/schema';
import { nextId } from '../data-edits';
import { UNKNOWN_PLAN_CHECK } from './shared-checks';

const MARCH_START = '2024-03-01';
const APRIL_START = '2024-04-01';

function succeededInMarch(data: BillingData) {
  return data.payments.filter((p) => p.status === 'succeeded' && p.paid_at >= MARCH_START && p.paid_at < APRIL_START && !p.paid_at.startsWith('2024-03-31'));
}

function planOfPayment(data: BillingData): (invoiceId: number) => number | undefined {
  const subPlan = new Map(data.subscriptions.map((s) => [s.subscription_id, s.plan_id]));
  const invSub = new Map(data.invoices.map((i) => [i.invoice_id, i.subscription_id]));
  return (invoiceId) => {
    const sub = invSub.get(invoiceId);
    return sub === null || sub === undefined ? undefined : subPlan.get(sub);
  };
}

function buildQuery(fixed: ReadonlySet<SqlBugId>): string {
  const ljw = fixed.has('left-join-where');
  const sum = ljw ? 'COALESCE(SUM(pay.amount_cents), 0)' : 'SUM(pay.amount_cents)';
  const value = fixed.has('integer-division') ? `ROUND(${sum} / 100.0, 2)` : `${sum} / 100`;
  const window = fixed.has('date-boundary')
    ? `pay.paid_at >= '2024-03-01' AND pay.paid_at < '2024-04-01'`
    : `pay.paid_at BETWEEN '2024-03-01' AND '2024-03-31'`;
  const paymentJoin = ljw
    ? `LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id\n  AND pay.status = 'succeeded'\n  AND ${window}`
    : `LEFT JOIN payments pay ON pay.invoice_id = i.invoice_id\nWHERE pay.status = 'succeeded'\n  AND ${window}`;
  return `-- Collected revenue by plan, March 2024 (USD)
SELECT p.name AS plan_name,
       ${value} AS revenue_usd
FROM plans p
LEFT JOIN subscriptions s ON s.plan_id = p.plan_id
LEFT JOIN invoices i ON i.subscription_id = s.subscription_id
${paymentJoin}
GROUP BY p.plan_id, p.name
ORDER BY revenue_usd DESC;`;
}

export const revenueByPlanKey: SqlAnswerKey = {
  variantId: 'revenue-by-plan',
  hidden: { seed: 918_273, accounts: 300 },
  buildQuery,
  bugs: [
    {
      bugId: 'left-join-where',
      whatIsWrong: "The payment filters sit in WHERE, so plans without a matching March payment are dropped instead of showing 0.",
      neutralise(data) {
        // Only plans that really collected money in March remain, so dropping empty plans changes nothing.
        const planOf = planOfPayment(data);
        const withRevenue = new Set(succeededInMarch(data).map((p) => planOf(p.invoice_id)));
        data.plans = data.plans.filter((p) => withRevenue.has(p.plan_id));
      },
      expose(data) {
        data.plans.push({ plan_id: nextId(data.plans, 'plan_id'), code: 'nonprofit', name: 'Nonprofit', monthly_price_cents: 1900, is_addon: 0, is_legacy: 0 });
      },
    },
    {
      bugId: 'date-boundary',
      whatIsWrong: "BETWEEN '2024-03-01' AND '2024-03-31' compares text, so every payment made during 31 March (after 00:00:00) is left out.",
      neutralise(data) {
        for (const p of data.payments) if (p.paid_at.startsWith('2024-03-31')) p.paid_at = `2024-03-30${p.paid_at.slice(10)}`;
      },
      expose(data) {
        const planOf = planOfPayment(data);
        for (const p of succeededInMarch(data).filter((x) => planOf(x.invoice_id) !== undefined).slice(0, 4)) {
          p.paid_at = `2024-03-31${p.paid_at.slice(10)}`;
        }
      },
    },
    {
      bugId: 'integer-division',
      whatIsWrong: 'SUM(amount_cents) / 100 is integer division in SQLite, so the cents are cut off every plan total.',
      neutralise(data) {
        for (const p of data.payments) p.amount_cents = Math.max(100, Math.round(p.amount_cents / 100) * 100);
      },
      expose(data) {
        const planOf = planOfPayment(data);
        const target = succeededInMarch(data).find((p) => planOf(p.invoice_id) !== undefined);
        if (target) target.amount_cents += 37;
      },
    },
  ],
  corruptionIds: ['duplicate-payment-rows', 'missing-plan-row', 'negative-payment', 'payments-before-invoice', 'orphan-payments'],
  referenceExplanation:
    'Three problems. (1) The filters on payments (status and date) were in the WHERE clause after a LEFT JOIN. ' +
    'For plans with no March payment the payment columns are NULL, the WHERE removes those rows, and the outer join ' +
    'behaves like an inner join: Free and Legacy Pro disappeared from the tile. I moved the conditions into the ON clause ' +
    'of the payments join and used COALESCE so those plans show zero.\n' +
    "(2) BETWEEN '2024-03-01' AND '2024-03-31' compares timestamp text; '2024-03-31 14:05:00' is greater than '2024-03-31', " +
    'so everything paid on the last day of March after midnight was missing. I used a half-open range: paid_at >= ' +
    "'2024-03-01' AND paid_at < '2024-04-01'.\n" +
    '(3) SUM(amount_cents) / 100 is integer division, which truncates the cents and made the totals look round and low. ' +
    'Dividing by 100.0 (a real) and rounding to 2 decimals keeps the cents.',
  referenceChecks: [
    {
      checkId: 'dup-payments',
      name: 'Invoices paid more than their amount (duplicate or extra payments)',
      sql: "SELECT i.invoice_id, i.amount_cents, SUM(p.amount_cents) AS paid\nFROM invoices i JOIN payments p ON p.invoice_id = i.invoice_id AND p.status = 'succeeded'\nGROUP BY i.invoice_id, i.amount_cents\nHAVING SUM(p.amount_cents) > i.amount_cents;",
    },
    UNKNOWN_PLAN_CHECK,
    {
      checkId: 'non-positive-payment',
      name: 'Payments with zero or negative amounts',
      sql: 'SELECT payment_id, amount_cents FROM payments WHERE amount_cents <= 0;',
    },
    {
      checkId: 'paid-before-issued',
      name: 'Payments made before their invoice was issued',
      sql: 'SELECT p.payment_id, p.paid_at, i.issued_at\nFROM payments p JOIN invoices i ON i.invoice_id = p.invoice_id\nWHERE p.paid_at < i.issued_at;',
    },
    {
      checkId: 'orphan-payment',
      name: 'Payments for unknown invoices',
      sql: 'SELECT p.payment_id, p.invoice_id\nFROM payments p LEFT JOIN invoices i ON i.invoice_id = p.invoice_id\nWHERE i.invoice_id IS NULL;',
    },
  ],
};
