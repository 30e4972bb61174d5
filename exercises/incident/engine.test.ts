// Unit tests (Node): the incident engine's consequences follow from the world's state, deterministically.
import { describe, expect, it } from 'vitest';
import type { IncidentAction } from './actions';
import { IncidentActionSchema, INCIDENT_ACTION_KINDS } from './actions';
import { formatClock, parseClock } from './clock';
import { checkReport, latestPartitionId } from './pipeline';
import { finalIncidentState, replayIncident } from './reducer';
import { getIncidentScenario, listIncidentScenarios } from './scenarios';
import { initialIncidentState } from './state';
import { offeredQuestions } from './views';

const DRIFT = 'orders-amount-rename';
const CRED = 'billing-credential-rotation';
const SAT = '2026-03-07';
const SUN = '2026-03-08';

const readSundayLog: IncidentAction = { kind: 'read-log', partition: SUN, taskId: 'load_orders_raw' };
const idealDrift: IncidentAction[] = [
  readSundayLog,
  { kind: 'check-changes' },
  { kind: 'diff-schema' },
  { kind: 'post-update', message: 'The weekend load failed after an upstream change; fixing now.', impact: 'Weekend revenue is missing from the pack.', eta: '08:30', nextUpdate: '07:45' },
  { kind: 'ask-question', to: 'stakeholder', questionId: 'revenue-definition' },
  { kind: 'escalate', message: 'amount was renamed to amount_cents (cents). Plan: map amount_cents / 100, backfill Sat and Sun in overwrite mode.' },
  { kind: 'apply-fix', fixId: 'map-cents-to-euros' },
  { kind: 'backfill', from: SAT, to: SUN, mode: 'overwrite', holdPublish: true },
  { kind: 'validate' },
  { kind: 'publish-report' },
];

describe('incident engine: the ideal run', () => {
  it('publishes a correct pack before 09:00 and the stakeholder says so', () => {
    const end = finalIncidentState(DRIFT, idealDrift);
    expect(end.publications).toHaveLength(1);
    expect(end.publications[0]!.quality).toBe('correct');
    expect(end.publications[0]!.at).toBeLessThan(parseClock('09:00'));
    expect(end.messages.at(-1)!.text).toMatch(/matches what the orders team sees/);
    expect(end.journal).toHaveLength(idealDrift.length);
    expect(end.clock).toBe(end.journal.at(-1)!.endedAt);
  });

  it('every day in the report matches the source after the fix and the backfill', () => {
    const end = finalIncidentState(DRIFT, idealDrift);
    expect(checkReport(getIncidentScenario(DRIFT), end).every((c) => c.status === 'ok')).toBe(true);
  });
});

describe('incident engine: consequences follow from state', () => {
  it('a blind retry fails again, and the failed load appends its partial batch each time', () => {
    const once = finalIncidentState(DRIFT, [{ kind: 'retry-task', partition: SAT, taskId: 'load_orders_raw' }]);
    expect(once.partitions[SAT]!.tasks.load_orders_raw!.state).toBe('failed');
    expect(once.partitions[SAT]!.tasks.load_orders_raw!.attempts).toHaveLength(2);
    const satRows = (s: typeof once) => s.partitions[SAT]!.batches.reduce((n, b) => n + b.rows, 0);
    expect(satRows(once)).toBe(2 * 3_280);
    expect(once.journal[0]!.tone).toBe('bad');
  });

  it('retrying a task whose upstream still fails cannot run it, and the journal says so', () => {
    const end = finalIncidentState(DRIFT, [{ kind: 'retry-task', partition: SUN, taskId: 'build_revenue_daily' }]);
    expect(end.partitions[SUN]!.tasks.build_revenue_daily!.state).toBe('upstream_failed');
    expect(end.journal[0]).toMatchObject({ tone: 'bad', summary: expect.stringMatching(/build_revenue_daily could not run/) });
  });

  it('mapping the renamed column without its unit change makes revenue 100x, and validation shows it', () => {
    const end = finalIncidentState(DRIFT, [
      { kind: 'apply-fix', fixId: 'map-rename-only' },
      { kind: 'backfill', from: SAT, to: SUN, mode: 'overwrite', holdPublish: true },
      { kind: 'validate' },
    ]);
    const sunday = end.validation!.rows.find((r) => r.partitionId === SUN)!;
    expect(sunday.status).toBe('wrong-unit');
    expect(sunday.loadedRevenue).toBeCloseTo(sunday.sourceRevenue * 100, 2);
    expect(end.facts).toContain('wrong-unit-seen');
    // The existing check does not catch it: the run is green, which is why validating matters.
    expect(end.partitions[SUN]!.tasks.check_revenue_quality!.state).toBe('success');
  });

  it('append mode duplicates rows in a day that already holds some', () => {
    const end = finalIncidentState(DRIFT, [
      { kind: 'apply-fix', fixId: 'map-cents-to-euros' },
      { kind: 'backfill', from: SAT, to: SUN, mode: 'append', holdPublish: false },
    ]);
    const checks = checkReport(getIncidentScenario(DRIFT), end);
    expect(checks.find((c) => c.partitionId === SAT)!.status).toBe('duplicated');
    expect(checks.find((c) => c.partitionId === SUN)!.status).toBe('ok');
    expect(end.publications.at(-1)!.quality).toBe('duplicated');
  });

  it('a full-history rebuild misses 09:00 and the stakeholder gives up', () => {
    const scenario = getIncidentScenario(DRIFT);
    const end = finalIncidentState(DRIFT, [
      { kind: 'apply-fix', fixId: 'map-cents-to-euros' },
      { kind: 'backfill', from: scenario.historyStart, to: SUN, mode: 'overwrite', holdPublish: false },
    ]);
    expect(end.clock).toBeGreaterThan(parseClock('09:00') + 24 * 60);
    expect(end.publications[0]!.at).toBeGreaterThan(parseClock('09:00'));
    expect(end.messages.some((m) => m.text === scenario.reactions.deadlineMissed)).toBe(true);
    expect(end.older.rewritten).toBeGreaterThan(400);
  });

  it('marking the failed task success publishes stale numbers and silences the failure', () => {
    const end = finalIncidentState(DRIFT, [{ kind: 'mark-success', partition: SUN, taskId: 'load_orders_raw' }]);
    expect(end.partitions[SUN]!.tasks.load_orders_raw!.markedSuccess).toBe(true);
    expect(end.partitions[SUN]!.tasks.publish_revenue_pack!.state).toBe('success');
    expect(end.publications[0]!.quality).toBe('stale');
    expect(end.publications[0]!.via).toBe('mark-success');
  });

  it('the optional-column fix fails the check unless the check is disabled, and then publishes blanks', () => {
    const withCheck = finalIncidentState(DRIFT, [{ kind: 'apply-fix', fixId: 'make-amount-optional' }, { kind: 'retry-task', partition: SUN, taskId: 'load_orders_raw' }]);
    expect(withCheck.partitions[SUN]!.tasks.check_revenue_quality!.state).toBe('failed');
    expect(withCheck.publications).toHaveLength(0);
    const disabled = finalIncidentState(DRIFT, [{ kind: 'apply-fix', fixId: 'make-amount-optional' }, { kind: 'disable-check' }, { kind: 'retry-task', partition: SUN, taskId: 'load_orders_raw' }]);
    expect(disabled.partitions[SUN]!.tasks.check_revenue_quality!.state).toBe('skipped');
    expect(disabled.publications[0]!.quality).toBe('missing-values');
  });

  it('publishing waits for the check; holding the publish leaves the pack unrefreshed until the candidate releases it', () => {
    const refused = finalIncidentState(DRIFT, [{ kind: 'publish-report' }]);
    expect(refused.journal[0]!.tone).toBe('refused');
    expect(refused.publications).toHaveLength(0);
    const held = finalIncidentState(DRIFT, idealDrift.slice(0, 8));
    expect(held.partitions[SUN]!.tasks.publish_revenue_pack!.state).toBe('no_status');
    expect(held.publications).toHaveLength(0);
  });

  it('silence brings reminders; a clear update brings thanks; a promise not kept brings a chaser', () => {
    const scenario = getIncidentScenario(DRIFT);
    const silent = finalIncidentState(DRIFT, [{ kind: 'backfill', from: '2026-02-20', to: SUN, mode: 'overwrite', holdPublish: true }]);
    expect(silent.messages.filter((m) => scenario.reactions.reminders.some((r) => r.text === m.text))).toHaveLength(2);
    const noEta = finalIncidentState(DRIFT, [{ kind: 'post-update', message: 'Looking into it', impact: '', eta: '', nextUpdate: '' }]);
    expect(noEta.messages.at(-1)!.text).toBe(scenario.reactions.ackMissingEta);
    const clear = finalIncidentState(DRIFT, [
      { kind: 'post-update', message: 'Weekend load failed; fixing.', impact: 'Weekend revenue missing', eta: '08:30', nextUpdate: '06:50' },
      { kind: 'diff-schema' }, { kind: 'check-changes' }, { kind: 'read-log', partition: SAT, taskId: 'load_orders_raw' },
    ]);
    expect(clear.messages.some((m) => m.text === scenario.reactions.ackWithPlan)).toBe(true);
    expect(clear.messages.some((m) => m.text === scenario.reactions.nextUpdateMissed)).toBe(true);
    expect(clear.messages.some((m) => scenario.reactions.reminders.some((r) => r.text === m.text))).toBe(false);
  });

  it('no reminder chases a stakeholder who already has the correct report', () => {
    const scenario = getIncidentScenario(CRED);
    const end = finalIncidentState(CRED, [
      { kind: 'apply-fix', fixId: 'connection-from-secret-manager' },
      { kind: 'retry-task', partition: '2026-03-15', taskId: 'extract_invoices' },
      { kind: 'backfill', from: '2026-03-09', to: '2026-03-09', mode: 'overwrite', holdPublish: true },
      { kind: 'validate' },
    ]);
    expect(end.publications[0]!.quality).toBe('correct');
    expect(end.clock).toBeGreaterThan(parseClock(scenario.reactions.reminders[0]!.at));
    expect(end.messages.some((m) => scenario.reactions.reminders.some((r) => r.text === m.text))).toBe(false);
  });

  it('the questions on offer grow with what the candidate learns; free text gets "no answer yet"', () => {
    const scenario = getIncidentScenario(DRIFT);
    const start = initialIncidentState(scenario);
    const before = offeredQuestions(scenario, start).map((q) => q.questionId);
    const after = offeredQuestions(scenario, finalIncidentState(DRIFT, [readSundayLog, { kind: 'diff-schema' }])).map((q) => q.questionId);
    expect(before).toEqual(['pack-usage']);
    expect(after).toEqual(expect.arrayContaining(['pack-usage', 'weekend-changes', 'revenue-definition', 'cents-semantics']));
    const locked = finalIncidentState(DRIFT, [{ kind: 'ask-question', to: 'stakeholder', questionId: 'revenue-definition' }]);
    expect(locked.journal[0]!.tone).toBe('refused');
    const free = finalIncidentState(DRIFT, [{ kind: 'ask-question', to: 'upstream', text: 'Is anything else changing this week?' }]);
    expect(free.messages.at(-1)).toMatchObject({ from: 'upstream', text: scenario.reactions.noAnswerYet });
  });

  it('escalating before looking is sent back; the third escalation gets push-back', () => {
    const scenario = getIncidentScenario(DRIFT);
    const early = finalIncidentState(DRIFT, [{ kind: 'escalate', message: 'Help, the DAG is red' }]);
    expect(early.messages.at(-1)!.text).toBe(scenario.reactions.seniorTooEarly);
    expect(early.approvedAt).toBeNull();
    const many = finalIncidentState(DRIFT, [readSundayLog, ...Array.from({ length: 3 }, () => ({ kind: 'escalate', message: 'May I?' }) as IncidentAction)]);
    expect(many.messages.at(-1)!.text).toBe(scenario.reactions.seniorTooOften);
    expect(many.approvedAt).not.toBeNull();
  });

  it('credentials: pasting the secret into the DAG works, and the secret scanner raises it later', () => {
    const end = finalIncidentState(CRED, [
      { kind: 'read-log', partition: '2026-03-15', taskId: 'extract_invoices' },
      { kind: 'apply-fix', fixId: 'paste-password-in-dag' },
      { kind: 'retry-task', partition: '2026-03-15', taskId: 'extract_invoices' },
      { kind: 'validate' },
      { kind: 'post-update', message: 'Fixed', impact: 'Sunday was missing', eta: '', nextUpdate: '' },
    ]);
    expect(end.publications[0]!.quality).toBe('correct');
    expect(end.alerts.map((a) => a.source)).toEqual(['Secret scanner']);
  });
});

describe('incident engine: determinism and reach', () => {
  it('the same actions give the same world, also after a JSON round trip of the log', () => {
    const a = replayIncident(DRIFT, idealDrift);
    const roundTripped = JSON.parse(JSON.stringify(idealDrift)).map((x: unknown) => IncidentActionSchema.parse(x));
    expect(replayIncident(DRIFT, roundTripped)).toEqual(a);
    expect(replayIncident(DRIFT, idealDrift)).toEqual(a);
  });

  it.each(listIncidentScenarios().map((s) => [s.scenarioId]))('%s can be worked to a correct report before the deadline', (id) => {
    const scenario = getIncidentScenario(id);
    const failing = scenario.fault.failingTaskId;
    const affected = scenario.partitions.filter((p) => p.affected).map((p) => p.partitionId);
    const fix = scenario.fixes.filter((f) => f.repairs && f.valueEffect === 'none' && !f.laterAlert).sort((x, y) => x.minutes - y.minutes)[0]!;
    const end = finalIncidentState(id, [
      { kind: 'read-log', partition: latestPartitionId(scenario), taskId: failing },
      { kind: 'apply-fix', fixId: fix.fixId },
      { kind: 'backfill', from: affected[0]!, to: affected.at(-1)!, mode: 'overwrite', holdPublish: true },
      { kind: 'validate' },
      { kind: 'publish-report' },
    ]);
    expect(end.publications.at(-1)!.quality).toBe('correct');
    expect(end.publications.at(-1)!.at).toBeLessThanOrEqual(parseClock(scenario.deadline));
  });

  it('every kind of action is answered: the clock moves and the journal says what happened', () => {
    const samples: IncidentAction[] = [
      readSundayLog, { kind: 'diff-schema' }, { kind: 'check-changes' }, { kind: 'retry-task', partition: SUN, taskId: 'load_orders_raw' },
      { kind: 'apply-fix', fixId: 'map-cents-to-euros' }, { kind: 'clear-rerun', partition: SAT, holdPublish: true },
      { kind: 'backfill', from: SUN, to: SUN, mode: 'overwrite', holdPublish: true }, { kind: 'mark-success', partition: SUN, taskId: 'publish_revenue_pack' },
      { kind: 'disable-check' }, { kind: 'set-paused', paused: true }, { kind: 'validate' }, { kind: 'escalate', message: 'FYI' },
      { kind: 'post-update', message: 'Update', impact: 'x', eta: '08:00', nextUpdate: '07:30' }, { kind: 'ask-question', to: 'stakeholder', questionId: 'pack-usage' },
      { kind: 'publish-report' },
    ];
    expect(new Set(samples.map((a) => a.kind))).toEqual(new Set(INCIDENT_ACTION_KINDS));
    const states = replayIncident(DRIFT, samples);
    samples.forEach((_, i) => {
      expect(states[i + 1]!.clock, `${samples[i]!.kind} costs time`).toBeGreaterThan(states[i]!.clock);
      expect(states[i + 1]!.journal.at(-1)!.summary.length).toBeGreaterThan(10);
    });
    // Nonsense is answered too, with a refusal that names the problem.
    const refused = finalIncidentState(DRIFT, [{ kind: 'retry-task', partition: '2020-01-01', taskId: 'nope' }, { kind: 'backfill', from: SUN, to: SAT, mode: 'overwrite', holdPublish: true }]);
    expect(refused.journal.map((j) => j.tone)).toEqual(['refused', 'refused']);
    expect(refused.journal[1]!.summary).toMatch(/backwards/);
    expect(formatClock(refused.clock)).toBe('06:42');
  });
});
