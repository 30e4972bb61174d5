// Host only: strong, weak and red-flag signals of the incident, each with the actions behind it.
import type { Signal } from '../../contract/scoring';
import { faultRepaired } from '../../exercises/incident/pipeline';
import { INCIDENT_SIGNAL_IDS as SIG } from './criteria';
import type { IncidentKey } from './keys';
import { accepted, actionEvidence, isRemediation, type Timeline, type TimelineStep } from './timeline';

/** Re-runs while the cause was still in place: they could not have worked. */
export function blindRetrySteps(t: Timeline): TimelineStep[] {
  return t.steps.filter((s) => ['retry-task', 'clear-rerun', 'backfill'].includes(s.action.kind) && accepted(s) && !faultRepaired(t.scenario, s.before));
}

/** Actions that silence a failure or weaken protection: marking success, disabling checks, secrets in code. */
export function redFlagSteps(t: Timeline, key: IncidentKey): TimelineStep[] {
  return t.steps.filter(
    (s) => accepted(s) && (s.action.kind === 'mark-success' || s.action.kind === 'disable-check' || (s.action.kind === 'apply-fix' && key.secretInCodeFixIds.includes(s.action.fixId))),
  );
}

export function incidentSignals(t: Timeline, key: IncidentKey): Signal[] {
  const signals: Signal[] = [];
  const add = (signalId: string, kind: Signal['kind'], title: string, steps: TimelineStep[]) => {
    if (steps.length) signals.push({ signalId, exerciseId: 'incident', kind, title, evidence: steps.map((s) => actionEvidence(s)) });
  };
  const ok = (s: TimelineStep) => accepted(s);
  add(SIG.markedSuccess, 'red-flag', 'Marked a failed task as success to silence the failure', t.steps.filter((s) => ok(s) && s.action.kind === 'mark-success'));
  add(SIG.disabledCheck, 'red-flag', 'Disabled a data-quality check during the incident', t.steps.filter((s) => ok(s) && s.action.kind === 'disable-check'));
  add(SIG.secretInCode, 'red-flag', 'Put a secret into pipeline code', t.steps.filter((s) => ok(s) && s.action.kind === 'apply-fix' && key.secretInCodeFixIds.includes(s.action.fixId)));
  const blind = blindRetrySteps(t);
  if (blind.length >= 3) add(SIG.retryLoop, 'weak', 'Re-ran the failure again and again without finding the cause ("retry until it works")', blind);
  add(SIG.publishedWrong, 'weak', 'Published numbers that did not match the source', t.steps.filter((s) => s.after.publications.length > s.before.publications.length && s.after.publications.at(-1)!.quality !== 'correct'));
  add(SIG.fullRebuild, 'weak', 'Rebuilt history far beyond the affected days', t.steps.filter((s) => s.after.older.rewritten > s.before.older.rewritten));
  add(SIG.personalCredential, 'weak', 'Ran a scheduled job on a personal credential', t.steps.filter((s) => ok(s) && s.action.kind === 'apply-fix' && key.personalCredentialFixIds.includes(s.action.fixId)));
  if (t.final.paused && t.final.publications.length) add(SIG.leftPaused, 'weak', 'Left the DAG paused after the incident', t.steps.filter((s) => s.action.kind === 'set-paused').slice(-1));
  const firstFix = t.steps.find((s) => s.action.kind === 'apply-fix' && ok(s));
  add(SIG.definitionFirst, 'strong', 'Asked for the business definition before changing the metric', t.steps.filter((s) => s.action.kind === 'ask-question' && !!s.action.questionId && key.definitionQuestionIds.includes(s.action.questionId) && (!firstFix || s.index < firstFix.index)));
  const firstChange = t.steps.find(isRemediation);
  const firstPub = t.steps.find((s) => s.after.publications.length > s.before.publications.length);
  const structured = !!firstChange && firstChange.before.facts.includes('failure-seen') && !!firstPub && firstPub.action.kind === 'publish-report' && firstPub.before.validation?.dataVersion === firstPub.before.dataVersion && firstPub.after.publications.at(-1)!.quality === 'correct';
  if (structured) add(SIG.structured, 'strong', 'Worked in order: diagnose, fix, validate, then publish', [firstChange, ...t.steps.filter((s) => s.action.kind === 'validate').slice(-1), firstPub]);
  return signals;
}
