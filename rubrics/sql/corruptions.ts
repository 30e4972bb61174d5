// Host only: corrupted copies of the visible data that a candidate's validation checks should catch.
import type { BillingData } from '../../exercises/sql/schema';
import { addDays, addHours } from '../../exercises/sql/timestamps';
import { nextId } from './data-edits';

export interface Corruption {
  id: string;
  title: string;
  /** The real-world problem, for the reviewer reading the evidence. */
  realProblem: string;
  /** `table.column` values it changes or rows it adds: a variant only uses corruptions of data its tile reads. */
  touches: string[];
  /** Edits a private copy in place. */
  apply(data: BillingData): void;
}

const inMarch = (ts: string): boolean => ts >= '2024-03-01' && ts < '2024-04-01';

const CORRUPTIONS: Corruption[] = [
  {
    id: 'duplicate-payment-rows',
    title: 'Payments loaded twice',
    realProblem: 'A retried loader inserted a batch of successful March payments a second time (new ids, same invoice, time and amount).',
    touches: ['payments.invoice_id', 'payments.amount_cents', 'payments.paid_at'],
    apply(data) {
      let id = nextId(data.payments, 'payment_id');
      const batch = data.payments.filter((p) => p.status === 'succeeded' && inMarch(p.paid_at)).slice(0, 6);
      for (const p of batch) data.payments.push({ ...p, payment_id: id++ });
    },
  },
  {
    id: 'missing-plan-row',
    title: 'Plan row missing',
    realProblem: 'A bad sync of the price list deleted the Growth plan; its subscriptions now point at a plan that does not exist.',
    touches: ['plans.plan_id'],
    apply(data) {
      data.plans = data.plans.filter((p) => p.code !== 'growth');
    },
  },
  {
    id: 'negative-payment',
    title: 'Refunds booked as negative payments',
    realProblem: 'Refunds were written into payments as succeeded rows with negative amounts instead of into a refunds table.',
    touches: ['payments.amount_cents', 'payments.paid_at'],
    apply(data) {
      let id = nextId(data.payments, 'payment_id');
      const targets = data.payments.filter((p) => p.status === 'succeeded' && inMarch(p.paid_at)).slice(10, 13);
      for (const p of targets) {
        data.payments.push({ ...p, payment_id: id++, paid_at: addDays(p.paid_at, 1), amount_cents: -p.amount_cents, method: 'card' });
      }
    },
  },
  {
    id: 'payments-before-invoice',
    title: 'Payment times shifted by a time zone',
    realProblem: 'One loader wrote local time (UTC-9) instead of UTC for a batch of payments, so they appear to happen before their invoice was issued.',
    touches: ['payments.paid_at'],
    apply(data) {
      const issued = new Map(data.invoices.map((i) => [i.invoice_id, i.issued_at]));
      const targets = data.payments.filter((p) => p.status === 'succeeded' && inMarch(p.paid_at)).slice(20, 28);
      for (const p of targets) p.paid_at = addHours(issued.get(p.invoice_id) ?? p.paid_at, -9);
    },
  },
  {
    id: 'orphan-payments',
    title: 'Payments for invoices that do not exist',
    realProblem: 'Payments arrived from the processor for invoices that were never loaded into the warehouse.',
    touches: ['payments.invoice_id', 'payments.amount_cents'],
    apply(data) {
      let id = nextId(data.payments, 'payment_id');
      const missingInvoice = nextId(data.invoices, 'invoice_id') + 500;
      for (let k = 0; k < 4; k++) {
        data.payments.push({
          payment_id: id++, invoice_id: missingInvoice + k, paid_at: `2024-03-1${k} 10:00:00`, amount_cents: 9900, status: 'succeeded', method: 'card',
        });
      }
    },
  },
  {
    id: 'invalid-region',
    title: 'Regions outside the allowed list',
    realProblem: 'A CRM sync wrote some regions in lower case or left them blank, so those accounts fall out of every regional total.',
    touches: ['accounts.region'],
    apply(data) {
      const targets = data.accounts.filter((a) => a.closed_at === null).slice(0, 6);
      targets.forEach((a, i) => (a.region = i % 2 === 0 ? '' : a.region.toLowerCase()));
    },
  },
  {
    id: 'closed-account-still-active',
    title: 'Closed accounts with live subscriptions',
    realProblem: 'Account closure did not cancel the subscriptions, so closed customers still look active and billable.',
    touches: ['subscriptions.status'],
    apply(data) {
      const closed = new Set(data.accounts.filter((a) => a.closed_at !== null).slice(0, 5).map((a) => a.account_id));
      for (const s of data.subscriptions) {
        if (closed.has(s.account_id)) {
          s.status = 'active';
          s.canceled_at = null;
        }
      }
    },
  },
  {
    id: 'duplicate-subscriptions',
    title: 'Subscriptions loaded twice',
    realProblem: 'A re-run of the subscriptions import appended instead of overwriting, duplicating some active subscriptions.',
    touches: ['subscriptions.account_id', 'subscriptions.plan_id'],
    apply(data) {
      let id = nextId(data.subscriptions, 'subscription_id');
      const batch = data.subscriptions.filter((s) => s.status === 'active' && s.plan_id !== 1).slice(0, 5);
      for (const s of batch) data.subscriptions.push({ ...s, subscription_id: id++ });
    },
  },
  {
    id: 'canceled-before-started',
    title: 'Subscriptions canceled before they started',
    realProblem: 'Start and cancel dates were swapped by a mapping error for a handful of subscriptions.',
    touches: ['subscriptions.started_at', 'subscriptions.canceled_at'],
    apply(data) {
      const targets = data.subscriptions.filter((s) => s.canceled_at !== null).slice(0, 4);
      for (const s of targets) [s.started_at, s.canceled_at] = [s.canceled_at!, s.started_at];
    },
  },
  {
    id: 'closed-before-created',
    title: 'Accounts closed before they were created',
    realProblem: 'A backfill wrote closure dates from the wrong column, so some accounts close before they sign up.',
    touches: ['accounts.created_at', 'accounts.closed_at'],
    apply(data) {
      const targets = data.accounts.filter((a) => a.closed_at !== null).slice(0, 4);
      for (const a of targets) a.closed_at = addDays(a.created_at, -3);
    },
  },
  {
    id: 'future-timestamps',
    title: 'Accounts created after the snapshot',
    realProblem: 'A test environment leaked accounts with sign-up times months after the 2024-04-01 snapshot.',
    touches: ['accounts.created_at', 'subscriptions.plan_id', 'subscriptions.account_id'],
    apply(data) {
      let id = nextId(data.accounts, 'account_id');
      let subId = nextId(data.subscriptions, 'subscription_id');
      for (let k = 0; k < 4; k++) {
        const createdAt = `2024-0${6 + (k % 3)}-1${k} 09:30:00`;
        data.accounts.push({ account_id: id, name: `QA Sandbox ${k}`, region: 'NA', country: 'US', created_at: createdAt, closed_at: null });
        data.subscriptions.push({ subscription_id: subId++, account_id: id++, plan_id: 2, status: 'active', started_at: createdAt, canceled_at: null });
      }
    },
  },
  {
    id: 'invoice-status-case',
    title: 'Invoice statuses in the wrong case',
    realProblem: "A billing-system upgrade wrote some statuses as 'OPEN' instead of 'open', so overdue invoices stop looking open and those accounts slip out of dunning.",
    touches: ['invoices.status', 'invoices.due_at', 'invoices.account_id'],
    apply(data) {
      const targets = data.invoices.filter((i) => i.status === 'open' && i.account_id !== null && i.due_at < '2024-04-01').slice(0, 4);
      for (const i of targets) i.status = 'OPEN';
    },
  },
  {
    id: 'orphan-subscriptions',
    title: 'Subscriptions for accounts that do not exist',
    realProblem: 'A partial restore brought back subscriptions without their accounts, so paid subscriptions point at no customer.',
    touches: ['subscriptions.account_id', 'subscriptions.plan_id'],
    apply(data) {
      let id = nextId(data.subscriptions, 'subscription_id');
      const missingAccount = nextId(data.accounts, 'account_id') + 500;
      for (let k = 0; k < 4; k++) {
        data.subscriptions.push({
          subscription_id: id++, account_id: missingAccount + k, plan_id: 2, status: 'active', started_at: `2024-02-1${k} 08:00:00`, canceled_at: null,
        });
      }
    },
  },
];

export function getCorruption(id: string): Corruption {
  const found = CORRUPTIONS.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown SQL corruption ${id}`);
  return found;
}

export function listCorruptions(): readonly Corruption[] {
  return CORRUPTIONS;
}
