// Pure (all processes): the incident actions that change the pipeline: retries, fixes, re-runs, backfills, marking
// success, disabling the check, pausing and publishing.
import { compareDates, formatClock, formatPartition, partitionCount } from './clock';
import { checkReport, faultRepaired, latestPartitionId, reportQuality, runPartition, type RunResult } from './pipeline';
import type { IncidentScenario } from './scenario-schema';
import type { IncidentState, LoadMode, PartitionWorld, ValueEffect } from './state';
import { learn, refuse, type Step, type StepContext } from './step';
import { publishTask } from './views';
import type { IncidentActionKind } from './actions';

/** Freezes what the report shows now; Finance reacts at once, as they would to a refreshed pack. */
export function publish(scenario: IncidentScenario, state: IncidentState, at: number, via: IncidentActionKind): IncidentState {
  const partitions = checkReport(scenario, state);
  const quality = reportQuality(partitions);
  const reaction = scenario.reactions.published[quality];
  return learn(
    {
      ...state,
      publications: [...state.publications, { at, quality, via, partitions }],
      messages: [...state.messages, { at, from: 'stakeholder', kind: 'message', text: reaction }],
    },
    'published',
  );
}

function withPartitions(state: IncidentState, updates: Record<string, PartitionWorld>, wrote: boolean): IncidentState {
  return { ...state, partitions: { ...state.partitions, ...updates }, dataVersion: wrote ? state.dataVersion + 1 : state.dataVersion };
}

function describeRun(run: RunResult): string {
  if (run.failedTask) return `failed at ${run.failedTask}${run.failureLine ? ` (${run.failureLine})` : ''}`;
  if (run.blockedTask) return `${run.blockedTask} could not run: an upstream task has not passed`;
  return run.published ? 'every task passed and the report was refreshed' : 'every task passed';
}

function applyRun(scenario: IncidentScenario, partitionId: string, run: RunResult, via: IncidentActionKind) {
  return (s: IncidentState, at: number) => {
    const next = withPartitions(s, { [partitionId]: run.partition }, run.wroteRows);
    return run.published ? publish(scenario, next, at, via) : next;
  };
}

const inGrid = (state: IncidentState, partitionId: string) => partitionId in state.partitions;

export function retryTask({ scenario, state, at }: StepContext, partitionId: string, taskId: string): Step {
  const instance = state.partitions[partitionId]?.tasks[taskId];
  if (!instance) return refuse(`There is no task ${taskId} in a run for ${partitionId}.`);
  if (instance.state !== 'failed' && instance.state !== 'upstream_failed') return refuse(`${taskId} for ${formatPartition(partitionId)} is ${instance.state.replace('_', ' ')}; only failed tasks can be retried. Use clear and re-run to run a day again.`);
  const run = runPartition(scenario, state, partitionId, [taskId], { mode: scenario.dag.loadMode, holdPublish: false, at });
  return {
    minutes: 1 + run.minutes,
    tone: run.failedTask || run.blockedTask ? 'bad' : 'good',
    summary: `Retried ${taskId} for ${formatPartition(partitionId)}: ${describeRun(run)}.`,
    apply: applyRun(scenario, partitionId, run, 'retry-task'),
  };
}

export function applyFix({ scenario }: StepContext, fixId: string): Step {
  const fix = scenario.fixes.find((f) => f.fixId === fixId);
  if (!fix) return refuse(`There is no fix "${fixId}" in this incident.`);
  return {
    minutes: fix.minutes,
    tone: 'info',
    summary: `Applied a change: ${fix.label}.`,
    apply: (s, end) => learn({ ...s, fixId: fix.fixId, fixAppliedAt: end }, 'fix-applied'),
  };
}

export function clearRerun({ scenario, state, at }: StepContext, partitionId: string, holdPublish: boolean): Step {
  if (!inGrid(state, partitionId)) return refuse(`There is no run for ${partitionId} in the grid.`);
  const roots = scenario.dag.tasks.filter((t) => t.upstream.length === 0).map((t) => t.taskId);
  const run = runPartition(scenario, state, partitionId, roots, { mode: scenario.dag.loadMode, holdPublish, at });
  return {
    minutes: 1 + run.minutes,
    tone: run.failedTask || run.blockedTask ? 'bad' : 'good',
    summary: `Cleared and re-ran ${formatPartition(partitionId)} (load in the DAG's ${scenario.dag.loadMode} mode): ${describeRun(run)}.`,
    apply: applyRun(scenario, partitionId, run, 'clear-rerun'),
  };
}

/** A healthy day's run before the grid, for a backfill that reaches back into history. */
function olderRun(scenario: IncidentScenario, state: IncidentState): { minutes: number; ok: boolean; effect: ValueEffect } {
  const repaired = faultRepaired(scenario, state);
  let minutes = 0;
  for (const t of scenario.dag.tasks) {
    if (t.role === 'publish') continue;
    minutes += t.minutes;
    if (!repaired && t.taskId === scenario.fault.failingTaskId) return { minutes, ok: false, effect: 'none' };
  }
  return { minutes, ok: true, effect: scenario.fixes.find((f) => f.fixId === state.fixId)?.valueEffect ?? 'none' };
}

export function backfill({ scenario, state, at }: StepContext, from: string, to: string, mode: LoadMode, holdPublish: boolean): Step {
  const first = scenario.partitions[0]!.partitionId;
  const latest = latestPartitionId(scenario);
  if (compareDates(from, to) > 0) return refuse(`The range ${from} to ${to} is backwards: the start must not be after the end.`);
  if (compareDates(from, scenario.historyStart) < 0) return refuse(`There is no data before ${scenario.historyStart}.`);
  if (compareDates(to, latest) > 0) return refuse(`${to} has not happened yet in this pipeline: the newest day is ${latest}.`);
  const olderCount = compareDates(from, first) >= 0 ? 0 : compareDates(to, first) >= 0 ? partitionCount(from, first) - 1 : partitionCount(from, to);
  const older = olderRun(scenario, state);
  let minutes = 3 + olderCount * older.minutes;
  let working = state;
  let wrote = false;
  let published = false;
  const failed: string[] = [];
  const roots = scenario.dag.tasks.filter((t) => t.upstream.length === 0).map((t) => t.taskId);
  for (const p of scenario.partitions) {
    if (compareDates(p.partitionId, from) < 0 || compareDates(p.partitionId, to) > 0) continue;
    const run = runPartition(scenario, working, p.partitionId, roots, { mode, holdPublish, at: at + minutes });
    minutes += run.minutes;
    working = withPartitions(working, { [p.partitionId]: run.partition }, false);
    wrote ||= run.wroteRows;
    published ||= run.published;
    if (run.failedTask) failed.push(formatPartition(p.partitionId));
  }
  const total = olderCount + scenario.partitions.filter((p) => compareDates(p.partitionId, from) >= 0 && compareDates(p.partitionId, to) <= 0).length;
  const outcome = failed.length ? `${failed.length} failed (${failed.join(', ')})${olderCount && !older.ok ? ` and all ${olderCount} older days failed` : ''}` : 'all passed';
  const span = minutes >= 240 ? ` It ran for ${Math.round(minutes / 60)} hours, until ${formatClock(at + minutes)}.` : '';
  return {
    minutes,
    tone: failed.length ? 'bad' : 'good',
    summary: `Backfilled ${total} day${total === 1 ? '' : 's'} (${from} to ${to}) in ${mode} mode: ${outcome}${published ? '; the report was refreshed' : ''}.${span}`,
    apply: (s, end) => {
      let next = withPartitions(s, working.partitions, wrote || (olderCount > 0 && older.ok));
      if (olderCount > 0 && older.ok) {
        next = { ...next, older: { rewritten: next.older.rewritten + olderCount, effect: older.effect, appended: next.older.appended || mode === 'append' } };
      }
      return published ? publish(scenario, next, end, 'backfill') : next;
    },
  };
}

export function markSuccess({ scenario, state, at }: StepContext, partitionId: string, taskId: string): Step {
  const world = state.partitions[partitionId];
  const instance = world?.tasks[taskId];
  if (!world || !instance) return refuse(`There is no task ${taskId} in a run for ${partitionId}.`);
  if (instance.state !== 'failed' && instance.state !== 'upstream_failed') return refuse(`${taskId} for ${formatPartition(partitionId)} is already ${instance.state.replace('_', ' ')}.`);
  const marked = {
    state: 'success' as const,
    markedSuccess: true,
    attempts: [...instance.attempts, { at, state: 'success' as const, lines: [`Marked success by an operator at ${formatClock(at)}. The task did not run.`] }],
  };
  const markedState: IncidentState = { ...state, partitions: { ...state.partitions, [partitionId]: { ...world, tasks: { ...world.tasks, [taskId]: marked } } } };
  const children = scenario.dag.tasks.filter((t) => t.upstream.includes(taskId)).map((t) => t.taskId);
  const run = runPartition(scenario, markedState, partitionId, children, { mode: scenario.dag.loadMode, holdPublish: false, at });
  return {
    minutes: 1 + run.minutes,
    tone: 'warn',
    summary: `Marked ${taskId} for ${formatPartition(partitionId)} as success without running it; downstream: ${describeRun(run)}.`,
    apply: applyRun(scenario, partitionId, run, 'mark-success'),
  };
}

export function disableCheck({ state, scenario }: StepContext): Step {
  const check = scenario.dag.tasks.find((t) => t.role === 'check')!.taskId;
  if (state.checksDisabled) return refuse(`${check} is already disabled.`);
  return { minutes: 2, tone: 'warn', summary: `Disabled ${check}: later runs skip it.`, apply: (s) => ({ ...s, checksDisabled: true }) };
}

export function setPaused({ state, scenario }: StepContext, paused: boolean): Step {
  if (state.paused === paused) return refuse(`${scenario.dag.dagId} is already ${paused ? 'paused' : 'running on its schedule'}.`);
  return {
    minutes: 1,
    tone: 'info',
    summary: paused ? `Paused ${scenario.dag.dagId}: no scheduled runs start until it is unpaused.` : `Unpaused ${scenario.dag.dagId}: tonight's run will start on schedule.`,
    apply: (s) => ({ ...s, paused }),
  };
}

export function publishReport({ scenario, state, at }: StepContext): Step {
  const latest = latestPartitionId(scenario);
  const task = scenario.dag.tasks.find((t) => t.taskId === publishTask(scenario))!;
  const blocked = task.upstream.filter((u) => !['success', 'skipped'].includes(state.partitions[latest]!.tasks[u]!.state));
  if (blocked.length) {
    return refuse(`${task.taskId} cannot run for ${formatPartition(latest)}: its upstream ${blocked.join(', ')} ${blocked.length === 1 ? 'has' : 'have'} not passed.`);
  }
  const run = runPartition(scenario, state, latest, [task.taskId], { mode: scenario.dag.loadMode, holdPublish: false, at });
  const stillPaused = state.paused ? ` ${scenario.dag.dagId} is still paused: tonight's run will not start.` : '';
  return {
    minutes: 1 + run.minutes,
    tone: 'info',
    summary: `Published ${scenario.reportName}.${stillPaused}`,
    apply: applyRun(scenario, latest, run, 'publish-report'),
  };
}
