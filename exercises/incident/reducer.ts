// Pure (all processes): the incident engine, one pure reducer (state, action) -> state. The candidate's screen, the
// reviewer's replay and the grader all call it, so the same actions always give the same world.
import type { IncidentAction } from './actions';
import { checkChanges, diffSchema, readLog, validate } from './inspect-actions';
import { applyFix, backfill, clearRerun, disableCheck, markSuccess, publishReport, retryTask, setPaused } from './operate-actions';
import type { IncidentScenario } from './scenario-schema';
import { getIncidentScenario } from './scenarios';
import { initialIncidentState, type IncidentState } from './state';
import type { Step, StepContext } from './step';
import { askQuestion, escalate, postUpdate } from './talk-actions';
import { advanceClock } from './world-events';

function stepFor(ctx: StepContext, action: IncidentAction): Step {
  switch (action.kind) {
    case 'read-log': return readLog(ctx, action.partition, action.taskId);
    case 'diff-schema': return diffSchema(ctx);
    case 'check-changes': return checkChanges(ctx);
    case 'validate': return validate(ctx);
    case 'retry-task': return retryTask(ctx, action.partition, action.taskId);
    case 'apply-fix': return applyFix(ctx, action.fixId);
    case 'clear-rerun': return clearRerun(ctx, action.partition, action.holdPublish);
    case 'backfill': return backfill(ctx, action.from, action.to, action.mode, action.holdPublish);
    case 'mark-success': return markSuccess(ctx, action.partition, action.taskId);
    case 'disable-check': return disableCheck(ctx);
    case 'set-paused': return setPaused(ctx, action.paused);
    case 'escalate': return escalate(ctx, action.message);
    case 'post-update': return postUpdate(ctx, action.message, action.impact, action.eta, action.nextUpdate);
    case 'ask-question': return askQuestion(ctx, action.to, action.questionId, action.text);
    case 'publish-report': return publishReport(ctx);
  }
}

/** Applies one action with an explicit scenario (tests use this with scenarios they build). */
export function applyIncidentAction(scenario: IncidentScenario, state: IncidentState, action: IncidentAction): IncidentState {
  const start = state.clock;
  const step = stepFor({ scenario, state, at: start }, action);
  const end = start + step.minutes;
  const advanced = advanceClock(scenario, state, end);
  const applied = step.apply ? step.apply(advanced, end) : advanced;
  const seq = state.seq + 1;
  return { ...applied, seq, journal: [...applied.journal, { seq, kind: action.kind, startedAt: start, endedAt: end, tone: step.tone, summary: step.summary }] };
}

/** The reducer: the scenario is found from the state, so the signature is just (state, action) -> state. */
export function reduceIncident(state: IncidentState, action: IncidentAction): IncidentState {
  return applyIncidentAction(getIncidentScenario(state.scenarioId), state, action);
}

/** Every state along a run of actions: index 0 is the start, index i the world after the i-th action. */
export function replayIncident(scenarioId: string, actions: readonly IncidentAction[]): IncidentState[] {
  const scenario = getIncidentScenario(scenarioId);
  const states = [initialIncidentState(scenario)];
  for (const action of actions) states.push(applyIncidentAction(scenario, states[states.length - 1]!, action));
  return states;
}

export function finalIncidentState(scenarioId: string, actions: readonly IncidentAction[]): IncidentState {
  const scenario = getIncidentScenario(scenarioId);
  return actions.reduce((s, a) => applyIncidentAction(scenario, s, a), initialIncidentState(scenario));
}
