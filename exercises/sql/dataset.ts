// Pure (all processes): deterministic generator for the SaaS billing dataset the SQL exercise runs on.
import { createRng, type Rng } from './prng';
import type { AccountRow, BillingData, InvoiceRow, PaymentRow, PlanRow, SubscriptionRow } from './schema';
import { addDays, addHours, addMonths, formatTs, lastDayOfMonthAt, MS_PER_DAY, parseTs } from './timestamps';

export interface DatasetSpec {
  seed: number;
  /** Number of customer accounts; the other tables scale with it (about 10 rows per account in all). */
  accounts: number;
}

/** Everything is "as of" this moment: the warehouse snapshot the dashboard reads. */
export const SNAPSHOT_AT = '2024-04-01 00:00:00';
const HISTORY_START = '2023-01-01 00:00:00';
/** Older invoices are archived out of the warehouse, which keeps the dataset small. */
const INVOICES_FROM = '2023-10-01 00:00:00';

export const PLANS: readonly PlanRow[] = [
  { plan_id: 1, code: 'free', name: 'Free', monthly_price_cents: 0, is_addon: 0, is_legacy: 0 },
  { plan_id: 2, code: 'starter', name: 'Starter', monthly_price_cents: 2900, is_addon: 0, is_legacy: 0 },
  { plan_id: 3, code: 'growth', name: 'Growth', monthly_price_cents: 9900, is_addon: 0, is_legacy: 0 },
  { plan_id: 4, code: 'business', name: 'Business', monthly_price_cents: 29900, is_addon: 0, is_legacy: 0 },
  { plan_id: 5, code: 'legacy_pro', name: 'Legacy Pro', monthly_price_cents: 4900, is_addon: 0, is_legacy: 1 },
  { plan_id: 6, code: 'extra_seats', name: 'Extra Seats', monthly_price_cents: 1500, is_addon: 1, is_legacy: 0 },
];

const REGIONS = [
  ['NA', 38, ['US', 'CA']],
  ['EMEA', 32, ['DE', 'GB', 'FR', 'NL', 'SE']],
  ['APAC', 20, ['JP', 'AU', 'SG', 'IN']],
  ['LATAM', 10, ['BR', 'MX', 'AR']],
] as const;
const NAME_A = ['Blue', 'North', 'Bright', 'Iron', 'Quiet', 'Swift', 'Cedar', 'Silver', 'Harbor', 'Maple', 'Summit', 'Lumen'];
const NAME_B = ['Analytics', 'Logistics', 'Foods', 'Health', 'Studio', 'Labs', 'Retail', 'Robotics', 'Travel', 'Finance', 'Media', 'Energy'];

function randomTs(rng: Rng, from: string, to: string): string {
  const a = parseTs(from);
  const b = parseTs(to);
  // Whole minutes keep timestamps readable in the result grid.
  return formatTs(a + Math.floor((rng.next() * (b - a)) / 60_000) * 60_000);
}

/** Month-end evenings (UTC) are busy in real billing data and are where calendar bugs show. */
function monthEndEvening(rng: Rng, around: string): string {
  return lastDayOfMonthAt(around, rng.int(15, 23), rng.int(0, 59));
}

export function generateBillingData(spec: DatasetSpec): BillingData {
  if (!Number.isInteger(spec.seed) || !Number.isInteger(spec.accounts) || spec.accounts < 10) {
    throw new Error(`Invalid dataset spec ${JSON.stringify(spec)}: seed must be an integer and accounts at least 10`);
  }
  const rng = createRng(spec.seed);
  const data: BillingData = { plans: PLANS.map((p) => ({ ...p })), accounts: [], subscriptions: [], invoices: [], payments: [], events: [] };
  const ids = { sub: 1, inv: 1, pay: 1, evt: 1 };
  const price = new Map(PLANS.map((p) => [p.plan_id, p.monthly_price_cents]));
  const lastMinute = addHours(SNAPSHOT_AT, -1);

  for (let accountId = 1; accountId <= spec.accounts; accountId++) {
    const [region, , countries] = rng.weighted(REGIONS.map((r) => [r, r[1]] as const));
    let createdAt = randomTs(rng, HISTORY_START, lastMinute);
    if (rng.chance(0.08)) createdAt = monthEndEvening(rng, createdAt);
    let closedAt: string | null = null;
    if (rng.chance(0.16)) {
      const earliest = Math.max(parseTs(createdAt) + 20 * MS_PER_DAY, parseTs('2023-06-01 00:00:00'));
      if (earliest < parseTs(lastMinute)) {
        closedAt = randomTs(rng, formatTs(earliest), lastMinute);
        if (rng.chance(0.25)) {
          const evening = monthEndEvening(rng, closedAt);
          if (parseTs(evening) > earliest && evening < SNAPSHOT_AT) closedAt = evening;
        }
      }
    }
    const account: AccountRow = {
      account_id: accountId,
      name: `${rng.pick(NAME_A)} ${rng.pick(NAME_B)} ${accountId}`,
      region: region,
      country: rng.pick(countries),
      created_at: createdAt,
      closed_at: closedAt,
    };
    data.accounts.push(account);

    const end = closedAt ?? SNAPSHOT_AT;
    const addSub = (planId: number, startedAt: string, canceledAt: string | null): SubscriptionRow => {
      const trialing = canceledAt === null && price.get(planId)! > 0 && parseTs(SNAPSHOT_AT) - parseTs(startedAt) < 14 * MS_PER_DAY;
      const sub: SubscriptionRow = {
        subscription_id: ids.sub++,
        account_id: accountId,
        plan_id: planId,
        status: canceledAt ? 'canceled' : trialing ? 'trialing' : 'active',
        started_at: startedAt,
        canceled_at: canceledAt,
      };
      data.subscriptions.push(sub);
      return sub;
    };

    const subs: SubscriptionRow[] = [];
    const migrateAt = randomTs(rng, '2023-10-02 00:00:00', '2023-12-20 00:00:00');
    if (createdAt < '2023-06-01' && rng.chance(0.3)) {
      // Legacy customers were moved to current plans in Q4 2023: the old subscription ends, a new one starts.
      if (closedAt && closedAt <= migrateAt) subs.push(addSub(5, createdAt, closedAt));
      else {
        subs.push(addSub(5, createdAt, migrateAt));
        subs.push(addSub(rng.pick([2, 3]), migrateAt, closedAt));
      }
    } else {
      subs.push(addSub(rng.weighted([[1, 20], [2, 40], [3, 28], [4, 12]]), createdAt, closedAt));
    }
    const main = subs[subs.length - 1]!;
    if (main.plan_id !== 1 && rng.chance(0.2)) {
      const addonStart = addDays(main.started_at, rng.int(10, 120));
      if (addonStart < end) subs.push(addSub(6, addonStart, closedAt));
    }

    const discount = rng.chance(0.2) ? rng.pick([0.9, 0.85]) : 1;
    const inDunning = closedAt === null && rng.chance(0.07);
    for (const sub of subs) {
      const listPrice = price.get(sub.plan_id)!;
      if (listPrice === 0 || sub.status === 'trialing') continue;
      const subEnd = sub.canceled_at ?? SNAPSHOT_AT;
      const subInvoices: InvoiceRow[] = [];
      for (let k = 0; ; k++) {
        const issuedAt = addMonths(sub.started_at, k);
        if (issuedAt >= subEnd) break;
        if (issuedAt < INVOICES_FROM) continue;
        // Add-ons are prorated in their first month, which is where odd cents come from.
        const prorate = sub.plan_id === 6 && k === 0 ? rng.int(8, 30) / 30 : 1;
        const invoice: InvoiceRow = {
          invoice_id: ids.inv++,
          account_id: accountId,
          subscription_id: sub.subscription_id,
          issued_at: issuedAt,
          due_at: addDays(issuedAt, 14),
          amount_cents: Math.max(100, Math.round(listPrice * discount * prorate)),
          status: 'paid',
        };
        subInvoices.push(invoice);
        data.invoices.push(invoice);
      }
      const overdue = inDunning ? subInvoices.filter((i) => i.issued_at < '2024-03-15').pop() : undefined;
      for (const invoice of subInvoices) {
        if (rng.chance(0.01)) {
          invoice.status = 'void';
          continue;
        }
        addPayments(rng, data, ids, invoice, invoice === overdue);
      }
    }
  }

  // Manual invoices (professional services) wait for finance to match them to an account.
  for (let i = 0; i < Math.max(2, Math.round(spec.accounts / 80)); i++) {
    const issuedAt = randomTs(rng, '2024-01-15 00:00:00', '2024-03-10 00:00:00');
    data.invoices.push({
      invoice_id: ids.inv++, account_id: null, subscription_id: null, issued_at: issuedAt,
      due_at: addDays(issuedAt, 14), amount_cents: rng.int(20, 180) * 2500, status: 'open',
    });
  }

  const eventCount = spec.accounts * 4;
  for (let i = 0; i < eventCount; i++) {
    const anonymous = rng.chance(0.15);
    const account = rng.pick(data.accounts);
    const from = account.created_at > '2024-01-01' ? account.created_at : '2024-01-01 00:00:00';
    const to = account.closed_at ?? lastMinute;
    if (!anonymous && from >= to) continue;
    data.events.push({
      event_id: ids.evt++,
      account_id: anonymous ? null : account.account_id,
      event_type: anonymous ? 'pricing_page_view' : rng.weighted([['login', 70], ['report_export', 20], ['seat_added', 10]]),
      occurred_at: anonymous ? randomTs(rng, '2024-01-01 00:00:00', lastMinute) : randomTs(rng, from, to),
    });
  }
  return data;
}

function addPayments(rng: Rng, data: BillingData, ids: { pay: number }, invoice: InvoiceRow, leaveOverdue: boolean): void {
  const planned: Omit<PaymentRow, 'payment_id' | 'invoice_id'>[] = [];
  let at = addHours(invoice.issued_at, rng.int(0, 96));
  if (leaveOverdue || rng.chance(0.12)) {
    planned.push({ paid_at: at, amount_cents: invoice.amount_cents, status: 'failed', method: 'card' });
    at = addHours(at, rng.int(20, 70));
  }
  if (!leaveOverdue) {
    if (rng.chance(0.1) && invoice.amount_cents >= 400) {
      // Bank transfers sometimes arrive in two parts that together settle the invoice.
      const first = rng.int(1, invoice.amount_cents - 1);
      planned.push({ paid_at: at, amount_cents: first, status: 'succeeded', method: 'bank_transfer' });
      planned.push({ paid_at: addHours(at, rng.int(24, 120)), amount_cents: invoice.amount_cents - first, status: 'succeeded', method: 'bank_transfer' });
    } else {
      planned.push({ paid_at: at, amount_cents: invoice.amount_cents, status: 'succeeded', method: rng.chance(0.8) ? 'card' : 'bank_transfer' });
    }
  }
  const settled = !leaveOverdue && planned.every((p) => p.paid_at < SNAPSHOT_AT);
  invoice.status = settled ? 'paid' : 'open';
  for (const p of planned) {
    if (p.paid_at >= SNAPSHOT_AT || (!settled && p.status === 'succeeded')) continue;
    data.payments.push({ payment_id: ids.pay++, invoice_id: invoice.invoice_id, ...p });
  }
}
