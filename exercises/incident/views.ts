// Pure (all processes): read-only views of the world for the control room and the reviewer's replay.
import type { IncidentAction } from './actions';
import { parseClock, partitionCount } from './clock';
import { downstreamOf, latestPartitionId } from './pipeline';
import type { IncidentQuestion, IncidentScenario, PartyId } from './scenario-schema';
import type { IncidentState, Publication } from './state';

export interface ColumnDiff {
  name: string;
  change: 'same' | 'missing' | 'new' | 'type changed';
  contractType?: string;
  currentType?: string;
}

/** The upstream table against its contract: what a consumer relying on the contract would trip over. */
export function schemaDiff(scenario: IncidentScenario): ColumnDiff[] {
  const { contract, current } = scenario.source;
  const out: ColumnDiff[] = contract.map((c) => {
    const now = current.find((x) => x.name === c.name);
    if (!now) return { name: c.name, change: 'missing', contractType: c.type };
    return { name: c.name, change: now.type === c.type ? 'same' : 'type changed', contractType: c.type, currentType: now.type };
  });
  for (const c of current) if (!contract.some((x) => x.name === c.name)) out.push({ name: c.name, change: 'new', currentType: c.type });
  return out;
}

export interface OfferedQuestion extends IncidentQuestion {
  asked: boolean;
}

/** The questions on offer grow with what the candidate has found out. */
export function offeredQuestions(scenario: IncidentScenario, state: IncidentState, to?: PartyId): OfferedQuestion[] {
  return scenario.questions
    .filter((q) => (to ? q.to === to : true) && q.unlockedBy.every((f) => state.facts.includes(f)))
    .map((q) => ({ ...q, asked: state.askedQuestions.includes(q.questionId) }));
}

export interface Freshness {
  failedRuns: string[];
  lastPublication: Publication | null;
  minutesToDeadline: number;
  deadlinePassed: boolean;
}

export function freshness(scenario: IncidentScenario, state: IncidentState): Freshness {
  const failedRuns = scenario.partitions
    .map((p) => p.partitionId)
    .filter((id) => Object.values(state.partitions[id]!.tasks).some((t) => t.state === 'failed' || t.state === 'upstream_failed'));
  const deadline = parseClock(scenario.deadline);
  return { failedRuns, lastPublication: state.publications.at(-1) ?? null, minutesToDeadline: deadline - state.clock, deadlinePassed: state.clock >= deadline };
}

const runMinutes = (scenario: IncidentScenario, startTasks: readonly string[], includePublish: boolean) => {
  const set = downstreamOf(scenario, startTasks);
  return scenario.dag.tasks.filter((t) => set.has(t.taskId) && (includePublish || t.role !== 'publish')).reduce((s, t) => s + t.minutes, 0);
};

/**
 * The cost the action bar shows before the candidate acts: the nominal time if everything runs. A failing run stops
 * early and costs less, but showing that in advance would tell the candidate the outcome.
 */
export function nominalMinutes(scenario: IncidentScenario, action: IncidentAction): number {
  const roots = scenario.dag.tasks.filter((t) => t.upstream.length === 0).map((t) => t.taskId);
  const latest = latestPartitionId(scenario);
  switch (action.kind) {
    case 'read-log': return 3;
    case 'diff-schema': return 6;
    case 'check-changes': return 4;
    case 'validate': return 8;
    case 'retry-task': return 1 + runMinutes(scenario, [action.taskId], action.partition === latest);
    case 'apply-fix': return scenario.fixes.find((f) => f.fixId === action.fixId)?.minutes ?? 1;
    case 'clear-rerun': return 1 + runMinutes(scenario, roots, action.partition === latest && !action.holdPublish);
    case 'backfill': {
      const n = action.from <= action.to ? partitionCount(action.from, action.to) : 0;
      return 3 + n * runMinutes(scenario, roots, false) + (action.to === latest && !action.holdPublish ? runMinutes(scenario, [publishTask(scenario)], true) : 0);
    }
    case 'mark-success': {
      const children = scenario.dag.tasks.filter((t) => t.upstream.includes(action.taskId)).map((t) => t.taskId);
      return 1 + runMinutes(scenario, children, action.partition === latest);
    }
    case 'disable-check': return 2;
    case 'set-paused': return 1;
    case 'escalate': return 10;
    case 'post-update': return 4;
    case 'ask-question': return action.questionId ? QUESTION_MINUTES[action.to] : 2;
    case 'publish-report': return 1 + runMinutes(scenario, [publishTask(scenario)], true);
  }
}

/** Waiting for an answer: the stakeholder is at their desk, the upstream team and on-call take longer. */
export const QUESTION_MINUTES: Record<PartyId, number> = { stakeholder: 3, upstream: 5, 'on-call': 4 };

export function publishTask(scenario: IncidentScenario): string {
  return scenario.dag.tasks.find((t) => t.role === 'publish')!.taskId;
}

export function checkTask(scenario: IncidentScenario): string {
  return scenario.dag.tasks.find((t) => t.role === 'check')!.taskId;
}
