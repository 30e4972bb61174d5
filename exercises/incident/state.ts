// Pure (all processes): the simulated world of an incident and its starting point. The reducer (reducer.ts) is the
// only thing that changes it, so the candidate's screen, the reviewer's replay and the grader see the same world.
import type { IncidentActionKind } from './actions';
import { formatCount, parseClock, partitionCount } from './clock';
import type { IncidentFact, IncidentScenario, PartyId } from './scenario-schema';

/** Airflow's task instance states, as the grid colours them. */
export type TaskState = 'success' | 'failed' | 'upstream_failed' | 'skipped' | 'no_status';
export type ValueEffect = 'none' | 'x100' | 'null';
export type LoadMode = 'append' | 'overwrite';

export interface TaskAttempt {
  at: number;
  state: TaskState;
  lines: string[];
}

export interface TaskInstance {
  state: TaskState;
  /** True when the candidate set the state by hand: the grid shows it like Airflow, the log says so. */
  markedSuccess: boolean;
  attempts: TaskAttempt[];
}

/** Rows written into a partition by one load; several batches in a partition are what append mode leaves behind. */
export interface Batch {
  rows: number;
  effect: ValueEffect;
}

export interface PartitionWorld {
  tasks: Record<string, TaskInstance>;
  /** Whether an extract file exists for the load to read. */
  extracted: boolean;
  batches: Batch[];
}

export type PartitionStatus = 'ok' | 'missing' | 'partial' | 'duplicated' | 'wrong-unit' | 'missing-values';
export type ReportQuality = 'correct' | 'stale' | 'wrong-unit' | 'duplicated' | 'missing-values';

export interface PartitionCheck {
  partitionId: string;
  sourceRows: number;
  loadedRows: number;
  sourceRevenue: number;
  loadedRevenue: number;
  status: PartitionStatus;
}

export interface Publication {
  at: number;
  quality: ReportQuality;
  /** What made it go out: the candidate's publish, or a run that reached the publish task. */
  via: IncidentActionKind;
  partitions: PartitionCheck[];
}

export type MessageFrom = PartyId | 'you' | 'alert';

export interface ChannelMessage {
  at: number;
  from: MessageFrom;
  /** For the candidate's own messages: who they wrote to. */
  to?: PartyId;
  kind: 'message' | 'update' | 'question' | 'answer' | 'escalation' | 'alert';
  text: string;
  /** The structured parts of a status update, shown under it. */
  update?: { impact: string; eta: string; nextUpdate: string };
}

export type JournalTone = 'info' | 'good' | 'bad' | 'warn' | 'refused';

/** One line per action: what it did to the world, in the words the control room shows. */
export interface JournalEntry {
  seq: number;
  kind: IncidentActionKind;
  startedAt: number;
  endedAt: number;
  tone: JournalTone;
  summary: string;
}

export interface StatusUpdate {
  at: number;
  eta: number | null;
  nextUpdate: number | null;
  hasImpact: boolean;
}

export interface IncidentState {
  scenarioId: string;
  /** Simulated minutes since midnight of the incident day. */
  clock: number;
  /** How many actions have been applied. */
  seq: number;
  paused: boolean;
  checksDisabled: boolean;
  fixId: string | null;
  fixAppliedAt: number | null;
  partitions: Record<string, PartitionWorld>;
  /** Partitions older than the grid that a backfill rewrote, and how. */
  older: { rewritten: number; effect: ValueEffect | null; appended: boolean };
  /** Bumped whenever a load writes rows; a validation is current only for the version it saw. */
  dataVersion: number;
  facts: IncidentFact[];
  /** The log the candidate last read: which attempt, so a later re-run does not change what they saw. */
  openLog: { partitionId: string; taskId: string; attempt: number } | null;
  validation: { at: number; dataVersion: number; rows: PartitionCheck[] } | null;
  publications: Publication[];
  messages: ChannelMessage[];
  journal: JournalEntry[];
  updates: StatusUpdate[];
  escalations: number;
  approvedAt: number | null;
  askedQuestions: string[];
  alerts: Array<{ at: number; source: string; text: string }>;
  /** One-shot world events already raised (reminders, missed promises, the deadline). */
  fired: string[];
}

function taskInstance(state: TaskState, at: number, lines: string[]): TaskInstance {
  return { state, markedSuccess: false, attempts: state === 'success' || state === 'failed' ? [{ at, state, lines }] : [] };
}

/** The world at the start: healthy days green, the fault's nightly runs failed at the failing task. */
export function initialIncidentState(scenario: IncidentScenario): IncidentState {
  const partitions: Record<string, PartitionWorld> = {};
  const failing = scenario.fault.failingTaskId;
  const failingIndex = scenario.dag.tasks.findIndex((t) => t.taskId === failing);
  scenario.partitions.forEach((p) => {
    // A day's run starts at 02:00 the next morning: the newest day's run failed today, earlier ones on earlier nights.
    const nightly = parseClock('02:00') - (partitionCount(p.partitionId, scenario.incidentDay) - 2) * 1440;
    const tasks: Record<string, TaskInstance> = {};
    scenario.dag.tasks.forEach((t, i) => {
      const doneLine = `${t.operator} finished for ${p.partitionId}.`;
      if (!p.affected || i < failingIndex) {
        tasks[t.taskId] = taskInstance('success', nightly, [doneLine]);
      } else if (i === failingIndex) {
        const partial = t.role === 'load' && p.partialRows > 0 ? [`Committed batch 1 of 3 (${formatCount(p.partialRows)} rows).`] : [];
        tasks[t.taskId] = taskInstance('failed', nightly, [`Starting ${t.operator} for ${p.partitionId}.`, ...partial, ...scenario.fault.errorLog]);
      } else {
        tasks[t.taskId] = taskInstance('upstream_failed', nightly, []);
      }
    });
    const extracted = !(p.affected && scenario.dag.tasks[failingIndex]?.role === 'extract');
    const batches: Batch[] = !p.affected ? [{ rows: p.sourceRows, effect: 'none' }] : p.partialRows > 0 ? [{ rows: p.partialRows, effect: 'none' }] : [];
    partitions[p.partitionId] = { tasks, extracted, batches };
  });
  return {
    scenarioId: scenario.scenarioId,
    clock: parseClock(scenario.start),
    seq: 0,
    paused: false,
    checksDisabled: false,
    fixId: null,
    fixAppliedAt: null,
    partitions,
    older: { rewritten: 0, effect: null, appended: false },
    dataVersion: 0,
    facts: [],
    openLog: null,
    validation: null,
    publications: [],
    messages: scenario.opening.map((m) => ({ at: parseClock(m.at), from: m.from, kind: m.from === 'alert' ? 'alert' : 'message', text: m.text })),
    journal: [],
    updates: [],
    escalations: 0,
    approvedAt: null,
    askedQuestions: [],
    alerts: [],
    fired: [],
  };
}
