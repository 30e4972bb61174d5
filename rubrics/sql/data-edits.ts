// Host only: small, explicit edits on billing data, used to build hidden and corrupted dataset variants.
import type { BillingData, SubscriptionRow } from '../../exercises/sql/schema';

export function cloneData(data: BillingData): BillingData {
  return {
    plans: data.plans.map((r) => ({ ...r })),
    accounts: data.accounts.map((r) => ({ ...r })),
    subscriptions: data.subscriptions.map((r) => ({ ...r })),
    invoices: data.invoices.map((r) => ({ ...r })),
    payments: data.payments.map((r) => ({ ...r })),
    events: data.events.map((r) => ({ ...r })),
  };
}

export function nextId<T>(rows: readonly T[], key: keyof T): number {
  return rows.reduce((max, r) => Math.max(max, Number(r[key])), 0) + 1;
}

/** Removes subscriptions with their invoices and payments, so the remaining data stays consistent. */
export function removeSubscriptions(data: BillingData, drop: (s: SubscriptionRow) => boolean): void {
  const subIds = new Set(data.subscriptions.filter(drop).map((s) => s.subscription_id));
  const invIds = new Set(data.invoices.filter((i) => i.subscription_id !== null && subIds.has(i.subscription_id)).map((i) => i.invoice_id));
  data.subscriptions = data.subscriptions.filter((s) => !subIds.has(s.subscription_id));
  data.invoices = data.invoices.filter((i) => !invIds.has(i.invoice_id));
  data.payments = data.payments.filter((p) => !invIds.has(p.invoice_id));
}

export interface NewAccount {
  createdAt: string;
  closedAt?: string | null;
  planIds: number[];
  region?: string;
}

/** Adds an account with one subscription per plan id; returns the new account id. */
export function addAccount(data: BillingData, spec: NewAccount): number {
  const accountId = nextId(data.accounts, 'account_id');
  const closedAt = spec.closedAt ?? null;
  data.accounts.push({
    account_id: accountId, name: `Grader Test Co ${accountId}`, region: spec.region ?? 'NA', country: 'US',
    created_at: spec.createdAt, closed_at: closedAt,
  });
  for (const planId of spec.planIds) {
    data.subscriptions.push({
      subscription_id: nextId(data.subscriptions, 'subscription_id'), account_id: accountId, plan_id: planId,
      status: closedAt ? 'canceled' : 'active', started_at: spec.createdAt, canceled_at: closedAt,
    });
  }
  return accountId;
}

/** Plan ids of paid plans, by the price list in the data (not a hard-coded list). */
export function paidPlanIds(data: BillingData): Set<number> {
  return new Set(data.plans.filter((p) => p.monthly_price_cents > 0).map((p) => p.plan_id));
}
