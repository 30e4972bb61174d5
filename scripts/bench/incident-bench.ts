// Bench (Node): the incident engine answers every action fast (goal: under 50 ms each), measured per action kind over
// the reference logs, plus a whole replay of a long log (what a reload or the reviewer's replay does) and grading.
import { INCIDENT_ACTION_KINDS, type IncidentActionKind } from '../../exercises/incident/actions';
import { applyIncidentAction, finalIncidentState } from '../../exercises/incident/reducer';
import { getIncidentScenario, INCIDENT_SCENARIO_IDS } from '../../exercises/incident/scenarios';
import { initialIncidentState, type IncidentState } from '../../exercises/incident/state';
import type { IncidentAction } from '../../exercises/incident/actions';
import { actionsToEvents } from '../../rubrics/incident/action-file';
import { gradeIncidentLog } from '../../rubrics/incident/grade-incident';
import { incidentReferenceLog } from '../../rubrics/incident/references';
import { median, quantile, type Figure } from './bench-kit';

const LEVELS = ['strong', 'adequate', 'weak', 'red-flag'] as const;

/** Kinds no reference log uses, and the heaviest backfill (history from its first day), so every kind is timed. */
const EXTRA: IncidentAction[] = [
  { kind: 'set-paused', paused: true },
  { kind: 'apply-fix', fixId: 'map-cents-to-euros' },
  { kind: 'backfill', from: '2025-01-01', to: '2026-03-08', mode: 'overwrite', holdPublish: false },
  { kind: 'set-paused', paused: false },
  { kind: 'ask-question', to: 'upstream', text: 'Anything else changing this week?' },
];
const us = (samples: number[]) => samples.map((ms) => ms * 1000);

/** Times each action of every reference log applied to the state before it, `rounds` times over. */
export function benchIncident(rounds = 200): Figure[] {
  const perKind = new Map<IncidentActionKind, number[]>();
  const all: number[] = [];
  for (const scenarioId of INCIDENT_SCENARIO_IDS) {
    const scenario = getIncidentScenario(scenarioId);
    const logs = LEVELS.map((level) => incidentReferenceLog(scenarioId, level).actions);
    if (scenarioId === 'orders-amount-rename') logs.push(EXTRA);
    for (const actions of logs) {
      const before: IncidentState[] = [];
      let state = initialIncidentState(scenario);
      for (const a of actions) {
        before.push(state);
        state = applyIncidentAction(scenario, state, a);
      }
      for (let r = 0; r < rounds; r++) {
        actions.forEach((a, i) => {
          const started = performance.now();
          applyIncidentAction(scenario, before[i]!, a);
          const ms = performance.now() - started;
          all.push(ms);
          perKind.set(a.kind, [...(perKind.get(a.kind) ?? []), ms]);
        });
      }
    }
  }
  // A long session: the strong log four times over (52 actions), replayed from the start as a reload does.
  const long: IncidentAction[] = Array.from({ length: 4 }, () => incidentReferenceLog('orders-amount-rename', 'strong').actions).flat();
  const replay: number[] = [];
  const grade: number[] = [];
  const strong = incidentReferenceLog('orders-amount-rename', 'strong');
  for (let r = 0; r < 30; r++) {
    let started = performance.now();
    finalIncidentState('orders-amount-rename', long);
    replay.push(performance.now() - started);
    started = performance.now();
    gradeIncidentLog(strong.writeUp, actionsToEvents(strong.actions), 'orders-amount-rename');
    grade.push(performance.now() - started);
  }
  const kinds = INCIDENT_ACTION_KINDS.filter((k) => perKind.has(k));
  return [
    { name: 'Any action (reducer, all reference logs)', median: median(us(all)), p95: quantile(us(all), 0.95), unit: 'µs', runs: all.length, baseline: { value: 50_000, label: 'the 50 ms goal' } },
    ...kinds.map((k) => ({ name: `  ${k}`, median: median(us(perKind.get(k)!)), p95: quantile(us(perKind.get(k)!), 0.95), unit: 'µs', runs: perKind.get(k)!.length })),
    { name: 'Replay 52 actions from the start (reload, reviewer)', median: median(replay), p95: quantile(replay, 0.95), unit: 'ms', runs: replay.length },
    { name: 'Grade one action log (replay + criteria)', median: median(grade), p95: quantile(grade, 0.95), unit: 'ms', runs: grade.length },
  ];
}
