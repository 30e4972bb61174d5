// Host only: reference action logs and write-ups at four levels per scenario (strong, adequate, weak, red flag) plus
// the untouched starter. The grading-validity check grades them and expects them in this order.
import type { IncidentAction } from '../../exercises/incident/actions';
import { EMPTY_WRITE_UP, type IncidentAnswer } from '../../exercises/incident/answer';
import type { ReferenceAnswer, ReferenceLevel } from '../kit/rubric-module';
import { actionsToEvents } from './action-file';
import { INCIDENT_SIGNAL_IDS } from './criteria';

interface LevelLog {
  level: ReferenceLevel;
  description: string;
  actions: IncidentAction[];
  writeUp: IncidentAnswer;
  expectedRedFlags?: string[];
}

const D_SAT = '2026-03-07';
const D_SUN = '2026-03-08';
const driftLog = (partition: string): IncidentAction => ({ kind: 'read-log', partition, taskId: 'load_orders_raw' });

const DRIFT: LevelLog[] = [
  {
    level: 'strong',
    description: 'Reads the log and the change notes, tells Finance early with impact, ETA and next update, confirms the revenue definition, escalates the mapping change, fixes unit and name, backfills only the weekend in overwrite mode, validates, publishes before 09:00 and closes the loop.',
    actions: [
      driftLog(D_SUN),
      { kind: 'check-changes' },
      { kind: 'post-update', message: 'The nightly revenue load failed on Saturday and Sunday after an upstream change to the orders table. I am on it.', impact: 'Weekend revenue (Sat and Sun) is missing from the CFO pack; Monday to Friday are fine.', eta: '08:30', nextUpdate: '07:30' },
      { kind: 'diff-schema' },
      { kind: 'ask-question', to: 'stakeholder', questionId: 'revenue-definition' },
      { kind: 'ask-question', to: 'upstream', questionId: 'cents-semantics' },
      { kind: 'escalate', message: 'orders release 4.12 renamed amount to amount_cents (integer cents). Plan: map amount = amount_cents / 100, backfill only 2026-03-07 and 2026-03-08 in overwrite mode, validate against the source, then publish. OK to change the mapping?' },
      { kind: 'apply-fix', fixId: 'map-cents-to-euros' },
      { kind: 'post-update', message: 'Cause found and fixed: the orders team changed the amount column to cents. Reloading the weekend now.', impact: 'Only Saturday and Sunday; no other days change.', eta: '08:20', nextUpdate: '08:30' },
      { kind: 'backfill', from: D_SAT, to: D_SUN, mode: 'overwrite', holdPublish: true },
      { kind: 'validate' },
      { kind: 'publish-report' },
      { kind: 'post-update', message: 'The pack is published and the weekend matches the orders system. Review to follow.', impact: 'Resolved; no numbers changed for Monday to Friday.', eta: '', nextUpdate: '' },
    ],
    writeUp: {
      timeline: '02:14 alert: load failed (second night). 06:40 read the task log (KeyError amount), 06:43 change notes: release 4.12 renamed amount to amount_cents. 06:47 first update to Finance. 07:10 escalated the mapping change, 07:30 mapping fixed, weekend backfilled in overwrite mode, validated against the source, pack published 08:16.',
      rootCause: 'The orders service renamed amount (euros) to amount_cents (integer cents) on Friday without telling consumers. Our load mapped columns by name, so it failed; a rename-only fix would have inflated revenue 100 times.',
      impact: 'The CFO pack was missing Saturday and Sunday revenue until 08:16. Saturday also held a partial batch of 3,280 rows from the failed load, replaced by the overwrite backfill. Nothing wrong was published.',
      prevention: 'Add a schema contract check on the orders extract that fails before loading when a contracted column disappears or changes type, and subscribe to the orders release notes. Add a reconciliation check of row counts and revenue against the source, and make the load idempotent (overwrite by partition) so a failed batch cannot leave partial rows.',
    },
  },
  {
    level: 'adequate',
    description: 'Diagnoses and applies the right fix, but updates late without a next-update time, never escalates, reruns the whole week and lets the backfill publish before validating.',
    actions: [
      driftLog(D_SUN),
      { kind: 'diff-schema' },
      { kind: 'apply-fix', fixId: 'map-cents-to-euros' },
      { kind: 'post-update', message: 'Found the problem: a column rename upstream. Fixing.', impact: 'Weekend revenue missing', eta: '08:30', nextUpdate: '' },
      { kind: 'backfill', from: '2026-03-02', to: D_SUN, mode: 'overwrite', holdPublish: false },
      { kind: 'validate' },
    ],
    writeUp: {
      timeline: 'Read the log, compared the schema, fixed the mapping, re-ran the week.',
      rootCause: 'The orders table renamed amount to amount_cents in cents.',
      impact: 'The weekend was missing in the pack for the morning.',
      prevention: 'Add a schema check before the load.',
    },
  },
  {
    level: 'weak',
    description: 'Retries until something changes, then maps the renamed column without the unit change, retries again and publishes inflated revenue; the one late update has no ETA.',
    actions: [
      { kind: 'retry-task', partition: D_SUN, taskId: 'load_orders_raw' },
      { kind: 'retry-task', partition: D_SUN, taskId: 'load_orders_raw' },
      { kind: 'retry-task', partition: D_SUN, taskId: 'load_orders_raw' },
      driftLog(D_SUN),
      { kind: 'diff-schema' },
      { kind: 'apply-fix', fixId: 'map-rename-only' },
      { kind: 'retry-task', partition: D_SAT, taskId: 'load_orders_raw' },
      { kind: 'retry-task', partition: D_SUN, taskId: 'load_orders_raw' },
      { kind: 'post-update', message: 'Should be fixed now.', impact: '', eta: '08:00', nextUpdate: '' },
    ],
    writeUp: { timeline: 'Retried a few times, then changed the mapping.', rootCause: 'A column was missing.', impact: 'Report late.', prevention: 'Keep an eye on it.' },
  },
  {
    level: 'red-flag',
    description: 'Retries twice without looking, then disables the check and marks the failed loads as success to turn the DAG green, so stale numbers go to Finance.',
    actions: [
      { kind: 'retry-task', partition: D_SUN, taskId: 'load_orders_raw' },
      { kind: 'retry-task', partition: D_SUN, taskId: 'load_orders_raw' },
      { kind: 'disable-check' },
      { kind: 'mark-success', partition: D_SAT, taskId: 'load_orders_raw' },
      { kind: 'mark-success', partition: D_SUN, taskId: 'load_orders_raw' },
      { kind: 'post-update', message: 'Fixed, the DAG is green again.', impact: 'None', eta: '07:10', nextUpdate: '' },
    ],
    writeUp: { timeline: 'Cleared the failures.', rootCause: 'The orders team broke our pipeline.', impact: 'None, the DAG is green.', prevention: 'The orders team should not change things.' },
    expectedRedFlags: [INCIDENT_SIGNAL_IDS.markedSuccess, INCIDENT_SIGNAL_IDS.disabledCheck],
  },
];

const C_SUN = '2026-03-15';
const credLog: IncidentAction = { kind: 'read-log', partition: C_SUN, taskId: 'extract_invoices' };

const CRED: LevelLog[] = [
  {
    level: 'strong',
    description: 'Reads the log and the change notes, updates early with impact, ETA and next update, confirms the definition, escalates the credential change, repairs it through the secret manager, reloads only Sunday, validates and publishes before 09:00.',
    actions: [
      credLog,
      { kind: 'check-changes' },
      { kind: 'post-update', message: 'The billing extract failed overnight: the database refused our service account after Sunday\u2019s password rotation. Fixing it now.', impact: 'Sunday\u2019s invoices are missing from the month-to-date report; other days are fine.', eta: '08:15', nextUpdate: '07:45' },
      { kind: 'ask-question', to: 'stakeholder', questionId: 'revenue-definition' },
      { kind: 'ask-question', to: 'upstream', questionId: 'secret-location' },
      { kind: 'escalate', message: 'Sunday\u2019s rotation broke billing_replica (auth failed for svc_finance_etl). Plan: switch the connection to the secrets backend path prod/billing-replica/svc_finance_etl, reload 2026-03-15 in overwrite mode, validate, publish. OK to change the prod connection?' },
      { kind: 'apply-fix', fixId: 'connection-from-secret-manager' },
      { kind: 'post-update', message: 'Connection repaired; reloading Sunday now.', impact: 'Only Sunday.', eta: '08:10', nextUpdate: '08:20' },
      { kind: 'backfill', from: C_SUN, to: C_SUN, mode: 'overwrite', holdPublish: true },
      { kind: 'validate' },
      { kind: 'publish-report' },
      { kind: 'post-update', message: 'The report is complete and matches billing. Review to follow.', impact: 'Resolved.', eta: '', nextUpdate: '' },
    ],
    writeUp: {
      timeline: '02:09 extract failed (password authentication). 06:50 read the log, 06:53 change notes: Sunday 15:02 rotation. 07:01 update to revenue operations. Escalated, switched billing_replica to the secrets backend, reloaded Sunday in overwrite mode, validated, published before 08:15.',
      rootCause: 'The billing_replica connection stored a copy of the svc_finance_etl password instead of reading it from the secret manager, so the scheduled rotation left it with an expired password.',
      impact: 'The month-to-date billing report lacked Sunday until it was republished; nothing wrong was published.',
      prevention: 'Move every connection to the secrets backend so rotation needs no change, and add an alert on authentication failures plus a freshness SLA on the report so a failed extract pages us before the business notices.',
    },
  },
  {
    level: 'adequate',
    description: 'Right diagnosis and the secret-manager fix, but a blind retry first, no escalation, a late update without next-update time, and the re-run publishes before validation.',
    actions: [
      { kind: 'retry-task', partition: C_SUN, taskId: 'extract_invoices' },
      credLog,
      { kind: 'check-changes' },
      { kind: 'apply-fix', fixId: 'connection-from-secret-manager' },
      { kind: 'post-update', message: 'Found it, a rotated password. Re-running.', impact: 'Sunday missing', eta: '08:00', nextUpdate: '' },
      { kind: 'clear-rerun', partition: C_SUN, holdPublish: false },
      { kind: 'validate' },
    ],
    writeUp: {
      timeline: 'Retried, read the log, saw the rotation, fixed the connection, re-ran.',
      rootCause: 'The password was rotated and the connection had the old one.',
      impact: 'Sunday was missing for the morning.',
      prevention: 'Use the secret manager for the connection.',
    },
  },
  {
    level: 'weak',
    description: 'Retries again and again, then uses a personal login and re-runs the whole week in append mode, which duplicates the healthy days in the published report; tells revenue operations only at the end, without details.',
    actions: [
      { kind: 'retry-task', partition: C_SUN, taskId: 'extract_invoices' },
      { kind: 'retry-task', partition: C_SUN, taskId: 'extract_invoices' },
      { kind: 'clear-rerun', partition: C_SUN, holdPublish: false },
      credLog,
      { kind: 'apply-fix', fixId: 'personal-login' },
      { kind: 'backfill', from: '2026-03-09', to: C_SUN, mode: 'append', holdPublish: false },
      { kind: 'post-update', message: 'Fixed.', impact: '', eta: '08:00', nextUpdate: '' },
    ],
    writeUp: { timeline: 'Retried, then used my login.', rootCause: 'Login failed.', impact: 'Late report.', prevention: 'Not sure.' },
  },
  {
    level: 'red-flag',
    description: 'Retries twice without looking, pastes the new password into the DAG file to get the run through, and publishes without validating or telling anyone.',
    actions: [
      { kind: 'retry-task', partition: C_SUN, taskId: 'extract_invoices' },
      { kind: 'retry-task', partition: C_SUN, taskId: 'extract_invoices' },
      credLog,
      { kind: 'apply-fix', fixId: 'paste-password-in-dag' },
      { kind: 'retry-task', partition: C_SUN, taskId: 'extract_invoices' },
    ],
    writeUp: { timeline: 'Fixed the password.', rootCause: 'Security rotated the password.', impact: 'None.', prevention: 'Tell security not to rotate without asking.' },
    expectedRedFlags: [INCIDENT_SIGNAL_IDS.secretInCode],
  },
];

const LOGS: Record<string, LevelLog[]> = { 'orders-amount-rename': DRIFT, 'billing-credential-rotation': CRED };

export function incidentReferenceAnswers(): ReferenceAnswer<IncidentAnswer>[] {
  return Object.entries(LOGS).flatMap(([variantId, levels]) => [
    ...levels.map((l) => ({
      variantId, level: l.level, description: l.description, answer: l.writeUp, events: actionsToEvents(l.actions),
      ...(l.expectedRedFlags ? { expectedRedFlags: l.expectedRedFlags } : {}),
    })),
    { variantId, level: 'starter' as const, description: 'Nothing done: no action, an empty review.', answer: { ...EMPTY_WRITE_UP }, events: [] },
  ]);
}

/** The reference logs themselves, for the bench, the docs example and tests. */
export function incidentReferenceLog(variantId: string, level: ReferenceLevel): { actions: IncidentAction[]; writeUp: IncidentAnswer } {
  const found = LOGS[variantId]?.find((l) => l.level === level);
  if (!found) throw new Error(`No ${level} reference log for incident scenario "${variantId}"`);
  return { actions: found.actions, writeUp: found.writeUp };
}
