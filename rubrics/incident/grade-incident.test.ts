// Unit tests (Node): the incident rubric grades replayed action logs in the order their levels say, with evidence
// that names actions and simulated times, and catches the red flags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExerciseGrade } from '../../contract/scoring';
import { INCIDENT_SCENARIO_IDS } from '../../exercises/incident/scenarios';
import { actionsToEvents, readIncidentActionFile } from './action-file';
import { allCriterionDefinitions, buildScorecard, loadDefaultScorecard } from '../scorecard';
import { INCIDENT_CRITERION_IDS as ID, INCIDENT_SIGNAL_IDS as SIG } from './criteria';
import { gradeIncidentLog } from './grade-incident';
import { incidentReferenceAnswers, incidentReferenceLog } from './references';
import { INCIDENT_RUBRIC } from './rubric';

/** The exercise's overall auto score on the default scorecard (dimension weights, red-flag caps), 0-100. */
const weighted = (grade: ExerciseGrade): number => buildScorecard(loadDefaultScorecard(), [grade], [], allCriterionDefinitions()).overall.autoScore ?? 0;

const gradeRef = (variantId: string, level: 'strong' | 'adequate' | 'weak' | 'red-flag') => {
  const log = incidentReferenceLog(variantId, level);
  return gradeIncidentLog(log.writeUp, actionsToEvents(log.actions), variantId);
};
const score = (g: ExerciseGrade, id: string) => g.criteria.find((c) => c.criterionId === id)?.score;

describe.each(INCIDENT_SCENARIO_IDS.map((id) => [id]))('incident rubric on %s', (variantId) => {
  it('orders the reference logs strong > adequate > weak > red flag', () => {
    const scores = (['strong', 'adequate', 'weak', 'red-flag'] as const).map((l) => weighted(gradeRef(variantId, l)));
    expect(scores[0]).toBe(100);
    expect(scores[0]!).toBeGreaterThan(scores[1]!);
    expect(scores[1]!).toBeGreaterThan(scores[2]!);
    expect(scores[2]!).toBeGreaterThan(scores[3]!);
  });

  it('raises red flags only for the red-flag log, and the ones it expects', () => {
    for (const ref of incidentReferenceAnswers().filter((r) => r.variantId === variantId)) {
      const grade = gradeIncidentLog(ref.answer, ref.events ?? [], variantId);
      const flags = grade.signals.filter((s) => s.kind === 'red-flag').map((s) => s.signalId).sort();
      expect(flags, ref.level).toEqual([...(ref.expectedRedFlags ?? [])].sort());
    }
  });

  it('the starter (nothing done) scores 0 on every auto criterion and leaves the write-up rating to a reviewer', async () => {
    const grade = await INCIDENT_RUBRIC.grade({ answer: { timeline: '', rootCause: '', impact: '', prevention: '' }, events: [], variantId, resources: { close: async () => {} } });
    for (const c of grade.criteria) expect(c.score, c.criterionId).toBe(c.source === 'reviewer' ? null : 0);
    expect(grade.criteria.find((c) => c.criterionId === ID.writeUpRating)!.source).toBe('reviewer');
  });
});

describe('incident rubric: what each criterion sees', () => {
  it('a first update whose impact is a placeholder ("None", "n/a", "tbd") is graded as one without an impact', () => {
    const update = (impact: string) => [{ kind: 'post-update' as const, message: 'Revenue load failed, looking into it.', impact, eta: '08:30', nextUpdate: '07:30' }];
    const graded = (impact: string) => gradeIncidentLog({ timeline: '', rootCause: '', impact: '', prevention: '' }, actionsToEvents(update(impact)), 'orders-amount-rename').criteria.find((c) => c.criterionId === ID.firstUpdate)!;
    const stated = graded('Weekend revenue is missing from the CFO pack');
    for (const placeholder of ['None', 'n/a', 'TBD', '-']) {
      const g = graded(placeholder);
      expect(g.score, placeholder).toBeLessThan(stated.score!);
      expect(g.score, placeholder).toBe(graded('').score);
      expect(g.evidence.find((e) => e.label === 'Impact')).toMatchObject({ passed: false, detail: expect.stringContaining('says nothing about who or what is affected') });
    }
  });

  it('"retry until it works" is caught: blind retries, a weak signal with each retry as evidence at its simulated time', () => {
    const grade = gradeRef('orders-amount-rename', 'weak');
    expect(score(grade, ID.blindRetries)).toBe(0);
    const loop = grade.signals.find((s) => s.signalId === SIG.retryLoop)!;
    expect(loop.evidence.map((e) => e.label)).toEqual(['06:40 retry-task (event #1)', '06:46 retry-task (event #2)', '06:52 retry-task (event #3)']);
    expect(score(grade, ID.correctFix)).toBe(0);
    expect(grade.signals.find((s) => s.signalId === SIG.publishedWrong)).toBeDefined();
  });

  it('publishing through an auto-publishing backfill is not "validated before publishing", even when the numbers were right', () => {
    const grade = gradeRef('orders-amount-rename', 'adequate');
    expect(score(grade, ID.validated)).toBe(0);
    expect(score(grade, ID.reportByDeadline)).toBe(1);
    expect(score(grade, ID.backfill)).toBe(0.85);
  });

  it('a secret pasted into the DAG is a red flag and fails the safeguards and secret-manager criteria', () => {
    const grade = gradeRef('billing-credential-rotation', 'red-flag');
    expect(score(grade, ID.safeguards)).toBe(0);
    expect(score(grade, ID.secretManager)).toBe(0);
    expect(grade.signals.find((s) => s.signalId === SIG.secretInCode)!.evidence[0]!.detail).toMatch(/Paste the new password/);
  });

  it('the credential criterion exists only for the credential scenario', () => {
    expect(gradeRef('orders-amount-rename', 'strong').criteria.some((c) => c.criterionId === ID.secretManager)).toBe(false);
    expect(gradeRef('billing-credential-rotation', 'strong').criteria.some((c) => c.criterionId === ID.secretManager)).toBe(true);
  });

  it('prevention is matched against the root-cause class, not any text', () => {
    const log = incidentReferenceLog('orders-amount-rename', 'strong');
    const vague = gradeIncidentLog({ ...log.writeUp, prevention: 'Be more careful next time and monitor things.' }, actionsToEvents(log.actions), 'orders-amount-rename');
    expect(score(vague, ID.prevention)).toBe(0);
    const rootOnly = gradeIncidentLog({ ...log.writeUp, prevention: 'A data contract test on the orders columns.' }, actionsToEvents(log.actions), 'orders-amount-rename');
    expect(score(rootOnly, ID.prevention)).toBe(0.7);
  });

  it('an unknown scenario is a grading error with every criterion at 0 and the reason as evidence', () => {
    const grade = gradeIncidentLog({ timeline: '', rootCause: '', impact: '', prevention: '' }, [], 'no-such-scenario');
    expect(grade.error).toMatch(/no-such-scenario/);
    expect(grade.criteria.every((c) => c.score === 0 || c.score === null)).toBe(true);
  });
});

describe('incident action-log files', () => {
  const file = (body: object) => JSON.stringify({ format: 'dpe-incident-actions', version: 1, ...body });

  it('reads actions and the write-up; events replay in file order', () => {
    const read = readIncidentActionFile(file({ scenario: 'orders-amount-rename', actions: [{ kind: 'check-changes' }, { kind: 'validate' }], writeUp: { prevention: 'contract' } }), 'orders-amount-rename');
    expect(read.events.map((e) => [e.seq, e.data.kind])).toEqual([[1, 'check-changes'], [2, 'validate']]);
    expect(read.answer).toEqual({ timeline: '', rootCause: '', impact: '', prevention: 'contract' });
  });

  it('the documented examples read and grade as the docs say: the strong log full marks, the reckless one two red flags', () => {
    const strong = readIncidentActionFile(readFileSync('docs/examples/incident-actions.json', 'utf8'), 'orders-amount-rename');
    const strongGrade = gradeIncidentLog(strong.answer, strong.events, 'orders-amount-rename');
    expect(strongGrade.criteria.filter((c) => c.source === 'auto').every((c) => c.score === 1)).toBe(true);
    const reckless = readIncidentActionFile(readFileSync('docs/examples/incident-reckless-actions.json', 'utf8'), 'orders-amount-rename');
    const flags = gradeIncidentLog(reckless.answer, reckless.events, 'orders-amount-rename').signals.filter((s) => s.kind === 'red-flag');
    expect(flags.map((f) => f.signalId).sort()).toEqual([SIG.disabledCheck, SIG.markedSuccess].sort());
  });

  it('refuses a log for another scenario, and a malformed action, saying where', () => {
    expect(() => readIncidentActionFile(file({ scenario: 'billing-credential-rotation', actions: [] }), 'orders-amount-rename')).toThrow(/recorded for scenario "billing-credential-rotation"/);
    expect(() => readIncidentActionFile(file({ actions: [{ kind: 'backfill', from: 'yesterday' }] }))).toThrow(/the start of action 1: a partition date/);
  });
});
