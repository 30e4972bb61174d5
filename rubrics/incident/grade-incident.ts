// Host only: grades the incident from the replayed action log and the write-up. Every criterion names the actions
// (with simulated times) behind its score.
import type { CriterionResult, Evidence, ExerciseGrade } from '../../contract/scoring';
import type { IncidentAnswer } from '../../exercises/incident/answer';
import { formatClock, parseClock } from '../../exercises/incident/clock';
import { checkReport, faultRepaired } from '../../exercises/incident/pipeline';
import { getIncidentScenario } from '../../exercises/incident/scenarios';
import { correctBy } from '../../exercises/incident/world-events';
import { describeError, errorGrade } from '../kit/error-grade';
import type { GradedEvent } from '../kit/rubric-module';
import { INCIDENT_CRITERIA, INCIDENT_CRITERION_IDS as ID, incidentCriteriaFor } from './criteria';
import { incidentKey, type IncidentKey } from './keys';
import { findGuard } from './prevention';
import { incidentSignals, blindRetrySteps, redFlagSteps } from './signals';
import { accepted, actionEvidence, buildTimeline, isRemediation, note, type Timeline } from './timeline';

type Scored = { score: number | null; evidence: Evidence[] };
const round = (n: number) => Math.round(n * 100) / 100;

function diagnosedFirst(t: Timeline): Scored {
  const first = t.steps.find(isRemediation);
  if (!first) return { score: 0, evidence: [note('No change was made to the pipeline')] };
  const sawLog = first.before.facts.includes('failure-seen');
  const sawContext = first.before.facts.includes('changes-seen') || first.before.facts.includes('schema-diff-seen');
  const lookups = t.steps.filter((s) => s.index < first.index && ['read-log', 'check-changes', 'diff-schema'].includes(s.action.kind)).map((s) => actionEvidence(s));
  return {
    score: sawLog && sawContext ? 1 : sawLog || sawContext ? 0.5 : 0,
    evidence: [...lookups, { ...actionEvidence(first, sawLog && sawContext), label: `${actionEvidence(first).label}: first change` }],
  };
}

function blindRetries(t: Timeline): Scored {
  if (!t.steps.some(isRemediation)) return { score: 0, evidence: [note('The incident was not worked: no retry, fix or re-run')] };
  const blind = blindRetrySteps(t);
  return { score: blind.length <= 1 ? 1 : blind.length === 2 ? 0.3 : 0, evidence: blind.length ? blind.map((s) => actionEvidence(s, false)) : [note('No re-run while the cause was still in place', undefined, true)] };
}

function correctFix(t: Timeline, key: IncidentKey): Scored {
  const fixes = t.steps.filter((s) => s.action.kind === 'apply-fix' && accepted(s));
  const last = fixes.at(-1);
  if (!last || last.action.kind !== 'apply-fix') return { score: 0, evidence: [note('No fix was applied')] };
  const id = last.action.fixId;
  const score = key.correctFixIds.includes(id) ? 1 : key.slowFixIds.includes(id) ? 0.5 : key.secretInCodeFixIds.includes(id) || key.personalCredentialFixIds.includes(id) ? 0.25 : 0;
  return { score, evidence: fixes.map((s) => actionEvidence(s, s === last ? score === 1 : undefined)) };
}

function backfillScope(t: Timeline): Scored {
  const reloads = t.steps.filter((s) => ['backfill', 'clear-rerun', 'retry-task'].includes(s.action.kind) && accepted(s) && faultRepaired(t.scenario, s.before));
  if (!reloads.length) return { score: 0, evidence: [note('No affected day was reloaded after a fix')] };
  const checks = checkReport(t.scenario, t.final);
  const affected = t.scenario.partitions.filter((p) => p.affected).map((p) => p.partitionId);
  const coverage = affected.every((id) => checks.find((c) => c.partitionId === id)!.status === 'ok');
  const healthyRerun = reloads.some((s) => s.action.kind === 'backfill' ? t.scenario.partitions.some((p) => !p.affected && s.action.kind === 'backfill' && p.partitionId >= s.action.from && p.partitionId <= s.action.to) : s.action.kind === 'clear-rerun' && !affected.includes(s.action.partition));
  const scope = t.final.older.rewritten > 0 ? 0 : healthyRerun ? 0.5 : 1;
  const duplicated = checks.filter((c) => c.status === 'duplicated').map((c) => c.partitionId);
  const idempotent = duplicated.length === 0 && !t.final.older.appended && !reloads.some((s) => s.action.kind === 'backfill' && s.action.mode === 'append');
  return {
    score: round(0.4 * Number(coverage) + 0.3 * scope + 0.3 * Number(idempotent)),
    evidence: [
      ...reloads.map((s) => actionEvidence(s)),
      note(coverage ? 'Every affected day matches the source at the end' : 'Some affected day does not match the source at the end', affected.join(', '), coverage),
      note(scope === 1 ? 'Only the affected days were reloaded' : t.final.older.rewritten > 0 ? `${t.final.older.rewritten} older days were rebuilt as well` : 'Healthy days were reloaded as well', undefined, scope === 1),
      note(idempotent ? 'Reloads replaced data (overwrite): safe to repeat' : `Reloads added rows${duplicated.length ? `: duplicated ${duplicated.join(', ')}` : ' (append mode)'}`, undefined, idempotent),
    ],
  };
}

function publicationSteps(t: Timeline) {
  return t.steps.filter((s) => s.after.publications.length > s.before.publications.length);
}

function validatedBeforePublish(t: Timeline): Scored {
  const pubs = publicationSteps(t);
  if (!pubs.length) return { score: 0, evidence: [note('Nothing was published')] };
  const ok = pubs.map((s) => s.action.kind === 'publish-report' && s.before.validation !== null && s.before.validation.dataVersion === s.before.dataVersion);
  const validations = t.steps.filter((s) => s.action.kind === 'validate');
  return {
    score: ok[0] ? 1 : ok.some(Boolean) ? 0.4 : 0,
    evidence: [...validations.map((s) => actionEvidence(s)), ...pubs.map((s, i) => ({ ...actionEvidence(s, ok[i]), detail: `${s.entry.summary} ${ok[i] ? 'Validated on the data published.' : 'Not validated on the data published.'}` }))],
  };
}

function escalation(t: Timeline, key: IncidentKey): Scored {
  const escalations = t.steps.filter((s) => s.action.kind === 'escalate');
  if (!escalations.length) return { score: 0, evidence: [note('Never escalated to the on-call engineer')] };
  const risky = t.steps.find((s) => key.highRiskKinds.includes(s.action.kind) && accepted(s));
  const approvedFirst = !!risky && risky.before.approvedAt !== null;
  const tooMany = escalations.length > 2;
  const score = approvedFirst ? (tooMany ? 0.5 : 1) : risky ? 0.4 : 0.5;
  return { score, evidence: [...escalations.map((s) => actionEvidence(s)), ...(risky ? [{ ...actionEvidence(risky, approvedFirst), label: `${actionEvidence(risky).label}: the high-risk step` }] : [])] };
}

/** An impact field filled with a placeholder: the first update of a live incident always has an impact to state. */
const NO_IMPACT_STATED = /^(none|nothing|no impact|n\/?a|tbd|tbc|unknown|not sure|idk|-+|\.+|\?+)[.!]?$/i;

function firstUpdate(t: Timeline): Scored {
  const first = t.steps.find((s) => s.action.kind === 'post-update');
  if (!first || first.action.kind !== 'post-update') return { score: 0, evidence: [note('No status update was posted')] };
  const after = first.entry.endedAt - t.initial.clock;
  const timely = after <= 30 ? 1 : after >= 75 ? 0 : (75 - after) / 45;
  const a = first.action;
  const placeholder = NO_IMPACT_STATED.test(a.impact.trim());
  const parts = [a.impact.trim() !== '' && !placeholder, a.eta !== '', a.nextUpdate !== ''];
  const impactShown = a.impact.trim() === '' ? '(missing)' : placeholder ? `${a.impact.trim()} (says nothing about who or what is affected)` : a.impact;
  return {
    score: round(0.4 * timely + 0.2 * parts.filter(Boolean).length),
    evidence: [actionEvidence(first), note(`Posted ${after} minutes into the incident`, undefined, after <= 30), note('Impact', impactShown, parts[0]), note('ETA', a.eta || '(missing)', parts[1]), note('Next update', a.nextUpdate || '(missing)', parts[2])],
  };
}

function updatesKept(t: Timeline): Scored {
  const updates = t.steps.filter((s) => s.action.kind === 'post-update');
  if (!updates.length) return { score: 0, evidence: [note('No status update was posted')] };
  const broken = t.final.fired.filter((id) => id.startsWith('next-update-missed') || id.startsWith('eta-missed'));
  const firstCorrect = t.final.publications.find((p) => p.quality === 'correct');
  const closing = !!firstCorrect && updates.some((s) => s.entry.startedAt >= firstCorrect.at);
  return {
    score: 0.5 * Number(broken.length === 0) + 0.5 * Number(closing),
    evidence: [...updates.map((s) => actionEvidence(s)), note(broken.length ? `${broken.length} promised time(s) passed without an update` : 'Every promised time was kept', undefined, broken.length === 0), note(closing ? 'Closed the loop after the fix' : 'No update after a correct report went out', undefined, closing)],
  };
}

function reportByDeadline(t: Timeline): Scored {
  const deadline = parseClock(t.scenario.deadline);
  const pubs = publicationSteps(t);
  const ev = pubs.map((s) => ({ ...actionEvidence(s), detail: `${s.entry.summary} Quality: ${s.after.publications.at(-1)!.quality}.` }));
  if (correctBy(t.final, deadline)) return { score: 1, evidence: [...ev, note(`A correct report was out before ${t.scenario.deadline}`, undefined, true)] };
  const late = t.final.publications.find((p) => p.quality === 'correct');
  return { score: late ? 0.3 : 0, evidence: [...ev, note(late ? `Correct only at ${formatClock(late.at)}, after ${t.scenario.deadline}` : 'No correct report was published', undefined, false)] };
}

function prevention(answer: IncidentAnswer, key: IncidentKey): Scored {
  const text = answer.prevention;
  const root = findGuard(text, key.prevention.rootCause.patterns, key.prevention.rootCause.together);
  const detect = findGuard(text, key.prevention.detection.patterns, key.prevention.detection.together);
  return {
    score: round(0.7 * Number(!!root) + 0.3 * Number(!!detect)),
    evidence: [
      { kind: 'text-match', label: 'Guards the root-cause class', detail: root ? `"${root}"` : 'not mentioned', passed: !!root },
      { kind: 'text-match', label: 'Detects the next one early', detail: detect ? `"${detect}"` : 'not mentioned', passed: !!detect },
    ],
  };
}

function safeguards(t: Timeline, key: IncidentKey): Scored {
  const flagged = redFlagSteps(t, key);
  if (flagged.length) return { score: 0, evidence: flagged.map((s) => actionEvidence(s, false)) };
  const personal = t.steps.filter((s) => s.action.kind === 'apply-fix' && key.personalCredentialFixIds.includes(s.action.fixId));
  const repaired = t.final.publications.some((p) => p.quality === 'correct');
  if (!repaired) return { score: 0, evidence: [note('The incident was not repaired, so no safeguard was tested')] };
  return { score: personal.length ? 0.5 : 1, evidence: personal.length ? personal.map((s) => actionEvidence(s, false)) : [note('Repaired without marking success, disabling checks or putting secrets in code', undefined, true)] };
}

function secretManager(t: Timeline, key: IncidentKey): Scored {
  const last = t.steps.filter((s) => s.action.kind === 'apply-fix' && accepted(s)).at(-1);
  if (!last || last.action.kind !== 'apply-fix') return { score: 0, evidence: [note('The credential was not repaired')] };
  const score = key.correctFixIds.includes(last.action.fixId) ? 1 : key.slowFixIds.includes(last.action.fixId) ? 0.5 : 0;
  return { score, evidence: [actionEvidence(last, score === 1)] };
}

function clarifyingQuestions(t: Timeline, key: IncidentKey): Scored {
  const asked = t.steps.filter((s) => s.action.kind === 'ask-question' && accepted(s));
  if (!asked.length) return { score: 0, evidence: [note('No question was asked')] };
  const firstFix = t.steps.find((s) => s.action.kind === 'apply-fix' && accepted(s));
  const definition = asked.filter((s) => s.action.kind === 'ask-question' && s.action.questionId && key.definitionQuestionIds.includes(s.action.questionId));
  const beforeFix = definition.some((s) => !firstFix || s.index < firstFix.index);
  const offered = asked.some((s) => s.action.kind === 'ask-question' && s.action.questionId);
  return { score: beforeFix ? 1 : offered ? 0.6 : 0.3, evidence: asked.map((s) => actionEvidence(s, definition.includes(s) ? beforeFix : undefined)) };
}

function actedOnFindings(t: Timeline): Scored {
  const validations = t.steps.filter((s) => s.action.kind === 'validate');
  if (!validations.length) return { score: 0, evidence: [note('Never compared the output with the source')] };
  const last = t.final.publications.at(-1);
  const ev = validations.map((s) => actionEvidence(s));
  if (!last) return { score: 0.5, evidence: [...ev, note('Nothing was published after validating')] };
  return last.quality === 'correct'
    ? { score: 1, evidence: [...ev, note('The numbers that went out match the source', undefined, true)] }
    : { score: 0.2, evidence: [...ev, note(`Published ${last.quality} numbers at ${formatClock(last.at)} despite validating`, undefined, false)] };
}

export function gradeIncidentLog(answer: IncidentAnswer, events: readonly GradedEvent[], variantId: string): ExerciseGrade {
  let key: IncidentKey;
  let t: Timeline;
  try {
    key = incidentKey(variantId);
    t = buildTimeline(getIncidentScenario(variantId), events);
  } catch (error) {
    return errorGrade({ exerciseId: 'incident', variantId, criteria: INCIDENT_CRITERIA, error: describeError(error) });
  }
  const results: Record<string, Scored> = {
    [ID.diagnosedFirst]: diagnosedFirst(t),
    [ID.blindRetries]: blindRetries(t),
    [ID.correctFix]: correctFix(t, key),
    [ID.backfill]: backfillScope(t),
    [ID.validated]: validatedBeforePublish(t),
    [ID.escalation]: escalation(t, key),
    [ID.firstUpdate]: firstUpdate(t),
    [ID.updatesKept]: updatesKept(t),
    [ID.reportByDeadline]: reportByDeadline(t),
    [ID.prevention]: prevention(answer, key),
    [ID.safeguards]: safeguards(t, key),
    [ID.secretManager]: secretManager(t, key),
    [ID.questions]: clarifyingQuestions(t, key),
    [ID.actedOnFindings]: actedOnFindings(t),
    [ID.writeUpRating]: { score: null, evidence: [note('Waiting for a reviewer rating of the post-incident review')] },
  };
  const rejectedNote = t.rejected ? [note(`${t.rejected} recorded action(s) could not be read and were left out of the replay`)] : [];
  const criteria: CriterionResult[] = incidentCriteriaFor(t.scenario.fault.kind === 'expired-credential').map((c) => ({
    criterionId: c.criterionId,
    exerciseId: 'incident',
    title: c.title,
    score: results[c.criterionId]!.score,
    evidence: [...results[c.criterionId]!.evidence, ...rejectedNote],
    source: c.ratingAnchors ? 'reviewer' : 'auto',
  }));
  return { exerciseId: 'incident', variantId, criteria, signals: incidentSignals(t, key) };
}
