// Host only: the candidate's action log replayed into steps (before, after, journal line) for the criteria to read.
import { formatClock } from '../../exercises/incident/clock';
import { incidentActionsFromEvents } from '../../exercises/incident/events';
import type { IncidentAction } from '../../exercises/incident/actions';
import { applyIncidentAction } from '../../exercises/incident/reducer';
import type { IncidentScenario } from '../../exercises/incident/scenario-schema';
import { initialIncidentState, type IncidentState, type JournalEntry } from '../../exercises/incident/state';
import type { Evidence } from '../../contract/scoring';
import type { GradedEvent } from '../kit/rubric-module';

export interface TimelineStep {
  index: number;
  seq: number | null;
  action: IncidentAction;
  before: IncidentState;
  after: IncidentState;
  entry: JournalEntry;
}

export interface Timeline {
  scenario: IncidentScenario;
  steps: TimelineStep[];
  initial: IncidentState;
  final: IncidentState;
  rejected: number;
}

/** Replays the same pure reducer the candidate's screen ran, from the sealed action events. */
export function buildTimeline(scenario: IncidentScenario, events: readonly GradedEvent[]): Timeline {
  const { actions, rejected } = incidentActionsFromEvents(events.map((e) => ({ ...e, exerciseId: 'incident' })));
  const initial = initialIncidentState(scenario);
  const steps: TimelineStep[] = [];
  let state = initial;
  actions.forEach(({ seq, action }, index) => {
    const after = applyIncidentAction(scenario, state, action);
    steps.push({ index, seq, action, before: state, after, entry: after.journal.at(-1)! });
    state = after;
  });
  return { scenario, steps, initial, final: state, rejected };
}

const REMEDIATIONS = new Set(['retry-task', 'apply-fix', 'clear-rerun', 'backfill', 'mark-success', 'disable-check', 'publish-report']);
export const isRemediation = (step: TimelineStep) => REMEDIATIONS.has(step.action.kind) && step.entry.tone !== 'refused';
export const accepted = (step: TimelineStep) => step.entry.tone !== 'refused';

/** Evidence for one step: its simulated time, what was done and what the world answered. */
export function actionEvidence(step: TimelineStep, passed?: boolean): Evidence {
  return {
    kind: 'action',
    label: `${formatClock(step.entry.startedAt)} ${step.action.kind}${step.seq !== null ? ` (event #${step.seq})` : ''}`,
    detail: step.entry.summary,
    ...(passed !== undefined ? { passed } : {}),
  };
}

export const note = (label: string, detail?: string, passed?: boolean): Evidence => ({ kind: 'note', label, ...(detail ? { detail } : {}), ...(passed !== undefined ? { passed } : {}) });
