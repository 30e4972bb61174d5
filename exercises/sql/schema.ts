// Pure (all processes): the billing schema as data — drives the DDL, the schema browser and the row types.

export type SqlColumnType = 'INTEGER' | 'TEXT';

export interface SqlColumnInfo {
  name: string;
  type: SqlColumnType;
  nullable: boolean;
  primaryKey?: boolean;
  /** `table.column`; declared in the DDL for readers, not enforced (SQLite leaves foreign keys off by default). */
  references?: string;
  description: string;
}

export interface SqlTableInfo {
  name: BillingTableName;
  description: string;
  columns: SqlColumnInfo[];
}

export type BillingTableName = 'plans' | 'accounts' | 'subscriptions' | 'invoices' | 'payments' | 'events';

/** Timestamps are UTC text `YYYY-MM-DD HH:MM:SS`, so string comparison orders them correctly. */
export const TIMESTAMP_NOTE = 'UTC, text formatted YYYY-MM-DD HH:MM:SS';

export const SQL_SCHEMA: readonly SqlTableInfo[] = [
  {
    name: 'plans',
    description: 'Price list: one row per plan or add-on that can be subscribed to.',
    columns: [
      { name: 'plan_id', type: 'INTEGER', nullable: false, primaryKey: true, description: 'Plan key.' },
      { name: 'code', type: 'TEXT', nullable: false, description: 'Short stable code, e.g. growth.' },
      { name: 'name', type: 'TEXT', nullable: false, description: 'Display name shown on invoices.' },
      { name: 'monthly_price_cents', type: 'INTEGER', nullable: false, description: 'List price per month, in US cents.' },
      { name: 'is_addon', type: 'INTEGER', nullable: false, description: '1 for add-ons bought on top of a main plan.' },
      { name: 'is_legacy', type: 'INTEGER', nullable: false, description: '1 for plans no longer sold to new customers.' },
    ],
  },
  {
    name: 'accounts',
    description: 'Customer companies. An account is closed when the customer leaves.',
    columns: [
      { name: 'account_id', type: 'INTEGER', nullable: false, primaryKey: true, description: 'Account key.' },
      { name: 'name', type: 'TEXT', nullable: false, description: 'Company name.' },
      { name: 'region', type: 'TEXT', nullable: false, description: 'Sales region: NA, EMEA, APAC or LATAM.' },
      { name: 'country', type: 'TEXT', nullable: false, description: 'ISO country code.' },
      { name: 'created_at', type: 'TEXT', nullable: false, description: `Sign-up time (${TIMESTAMP_NOTE}).` },
      { name: 'closed_at', type: 'TEXT', nullable: true, description: `When the account was closed (${TIMESTAMP_NOTE}); NULL while open.` },
    ],
  },
  {
    name: 'subscriptions',
    description: 'A plan an account is (or was) subscribed to. Accounts may hold a main plan plus add-ons.',
    columns: [
      { name: 'subscription_id', type: 'INTEGER', nullable: false, primaryKey: true, description: 'Subscription key.' },
      { name: 'account_id', type: 'INTEGER', nullable: false, references: 'accounts.account_id', description: 'Owning account.' },
      { name: 'plan_id', type: 'INTEGER', nullable: false, references: 'plans.plan_id', description: 'Subscribed plan.' },
      { name: 'status', type: 'TEXT', nullable: false, description: 'trialing, active or canceled (current state).' },
      { name: 'started_at', type: 'TEXT', nullable: false, description: `Start time (${TIMESTAMP_NOTE}).` },
      { name: 'canceled_at', type: 'TEXT', nullable: true, description: `Cancellation time (${TIMESTAMP_NOTE}); NULL while running.` },
    ],
  },
  {
    name: 'invoices',
    description: 'Monthly invoices. Finance also raises manual invoices that are matched to an account later.',
    columns: [
      { name: 'invoice_id', type: 'INTEGER', nullable: false, primaryKey: true, description: 'Invoice key.' },
      { name: 'account_id', type: 'INTEGER', nullable: true, references: 'accounts.account_id', description: 'Billed account; NULL for manual invoices not yet matched.' },
      { name: 'subscription_id', type: 'INTEGER', nullable: true, references: 'subscriptions.subscription_id', description: 'Subscription billed; NULL for manual invoices.' },
      { name: 'issued_at', type: 'TEXT', nullable: false, description: `Issue time (${TIMESTAMP_NOTE}).` },
      { name: 'due_at', type: 'TEXT', nullable: false, description: `Payment due (${TIMESTAMP_NOTE}).` },
      { name: 'amount_cents', type: 'INTEGER', nullable: false, description: 'Amount billed, in US cents (after discounts and proration).' },
      { name: 'status', type: 'TEXT', nullable: false, description: 'open, paid or void.' },
    ],
  },
  {
    name: 'payments',
    description: 'Payment attempts. An invoice can be settled by several partial payments; failed attempts are kept.',
    columns: [
      { name: 'payment_id', type: 'INTEGER', nullable: false, primaryKey: true, description: 'Payment key.' },
      { name: 'invoice_id', type: 'INTEGER', nullable: false, references: 'invoices.invoice_id', description: 'Invoice being paid.' },
      { name: 'paid_at', type: 'TEXT', nullable: false, description: `Attempt time (${TIMESTAMP_NOTE}).` },
      { name: 'amount_cents', type: 'INTEGER', nullable: false, description: 'Amount attempted, in US cents.' },
      { name: 'status', type: 'TEXT', nullable: false, description: 'succeeded or failed.' },
      { name: 'method', type: 'TEXT', nullable: false, description: 'card or bank_transfer.' },
    ],
  },
  {
    name: 'events',
    description: 'Product usage events. Anonymous website events have no account.',
    columns: [
      { name: 'event_id', type: 'INTEGER', nullable: false, primaryKey: true, description: 'Event key.' },
      { name: 'account_id', type: 'INTEGER', nullable: true, references: 'accounts.account_id', description: 'Acting account; NULL for anonymous visitors.' },
      { name: 'event_type', type: 'TEXT', nullable: false, description: 'login, report_export, seat_added or pricing_page_view.' },
      { name: 'occurred_at', type: 'TEXT', nullable: false, description: `Event time (${TIMESTAMP_NOTE}).` },
    ],
  },
];

export interface PlanRow {
  plan_id: number;
  code: string;
  name: string;
  monthly_price_cents: number;
  is_addon: number;
  is_legacy: number;
}
export interface AccountRow {
  account_id: number;
  name: string;
  region: string;
  country: string;
  created_at: string;
  closed_at: string | null;
}
export interface SubscriptionRow {
  subscription_id: number;
  account_id: number;
  plan_id: number;
  status: string;
  started_at: string;
  canceled_at: string | null;
}
export interface InvoiceRow {
  invoice_id: number;
  account_id: number | null;
  subscription_id: number | null;
  issued_at: string;
  due_at: string;
  amount_cents: number;
  status: string;
}
export interface PaymentRow {
  payment_id: number;
  invoice_id: number;
  paid_at: string;
  amount_cents: number;
  status: string;
  method: string;
}
export interface EventRow {
  event_id: number;
  account_id: number | null;
  event_type: string;
  occurred_at: string;
}

/** The whole dataset in memory; graders edit copies of it to build hidden and corrupted variants. */
export interface BillingData {
  plans: PlanRow[];
  accounts: AccountRow[];
  subscriptions: SubscriptionRow[];
  invoices: InvoiceRow[];
  payments: PaymentRow[];
  events: EventRow[];
}
