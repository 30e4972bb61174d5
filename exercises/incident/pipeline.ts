// Pure (all processes): how the simulated DAG runs a partition. Each task role behaves from the world's state (is the
// fault repaired, what does the fix write, are checks on), so consequences follow from state, not from a script.
import { formatCount, formatEuros } from './clock';
import type { IncidentScenario, IncidentTask, ScenarioPartition } from './scenario-schema';
import type {
  Batch, IncidentState, LoadMode, PartitionCheck, PartitionStatus, PartitionWorld, ReportQuality, TaskInstance, TaskState, ValueEffect,
} from './state';

export interface RunOptions {
  mode: LoadMode;
  /** Leave the publish task unrun (no status), so the data can be validated first. */
  holdPublish: boolean;
  at: number;
}

export interface RunResult {
  partition: PartitionWorld;
  minutes: number;
  wroteRows: boolean;
  published: boolean;
  /** The first task that failed in this run, if any. */
  failedTask: string | null;
  /** The last line of the failed attempt's log, for the journal. */
  failureLine: string | null;
  /** The first task that could not run because an upstream task had not passed. */
  blockedTask: string | null;
}

export function latestPartitionId(scenario: IncidentScenario): string {
  return scenario.partitions[scenario.partitions.length - 1]!.partitionId;
}

export function faultRepaired(scenario: IncidentScenario, state: IncidentState): boolean {
  return state.fixId !== null && scenario.fixes.find((f) => f.fixId === state.fixId)?.repairs === true;
}

function currentEffect(scenario: IncidentScenario, state: IncidentState): ValueEffect {
  return scenario.fixes.find((f) => f.fixId === state.fixId)?.valueEffect ?? 'none';
}

/** Every task downstream of the given ones, the given ones included. */
export function downstreamOf(scenario: IncidentScenario, taskIds: readonly string[]): Set<string> {
  const out = new Set(taskIds);
  for (const t of scenario.dag.tasks) if (t.upstream.some((u) => out.has(u))) out.add(t.taskId);
  return out;
}

const PASSING: ReadonlySet<TaskState> = new Set(['success', 'skipped']);

function attempt(instance: TaskInstance | undefined, state: TaskState, at: number, lines: string[]): TaskInstance {
  const attempts = [...(instance?.attempts ?? [])];
  if (state === 'success' || state === 'failed') attempts.push({ at, state, lines });
  return { state, markedSuccess: false, attempts };
}

function write(batches: Batch[], batch: Batch, mode: LoadMode): Batch[] {
  if (mode === 'overwrite') return batch.rows > 0 ? [batch] : [];
  return batch.rows > 0 ? [...batches, batch] : batches;
}

interface TaskOutcome {
  state: TaskState;
  lines: string[];
  world: PartitionWorld;
  wrote: boolean;
  published: boolean;
}

function runOne(scenario: IncidentScenario, state: IncidentState, task: IncidentTask, p: ScenarioPartition, world: PartitionWorld, opts: RunOptions): TaskOutcome {
  const repaired = faultRepaired(scenario, state);
  const fault = scenario.fault;
  const faultHere = fault.failingTaskId === task.taskId && !repaired;
  const start = `Starting ${task.operator} for ${p.partitionId}.`;
  const ok = (lines: string[], w = world, extra: Partial<TaskOutcome> = {}): TaskOutcome => ({ state: 'success', lines: [start, ...lines], world: w, wrote: false, published: false, ...extra });
  switch (task.role) {
    case 'extract':
      if (faultHere) return { state: 'failed', lines: [start, ...fault.errorLog], world: { ...world, extracted: false }, wrote: false, published: false };
      return ok([`Extracted ${formatCount(p.sourceRows)} rows from ${scenario.source.table} for ${p.partitionId}.`], { ...world, extracted: true });
    case 'load': {
      if (!world.extracted) return ok(['No extract file found for this day: 0 rows loaded.'], { ...world, batches: opts.mode === 'overwrite' ? [] : world.batches }, { wrote: opts.mode === 'overwrite' });
      if (faultHere) {
        const partial = p.partialRows;
        const lines = [start, `Loading in ${opts.mode} mode.`, ...(partial > 0 ? [`Committed batch 1 of 3 (${formatCount(partial)} rows).`] : []), ...fault.errorLog];
        const batches = partial > 0 ? write(world.batches, { rows: partial, effect: 'none' }, opts.mode) : world.batches;
        return { state: 'failed', lines, world: { ...world, batches }, wrote: partial > 0, published: false };
      }
      const batch: Batch = { rows: p.sourceRows, effect: state.fixId ? currentEffect(scenario, state) : 'none' };
      const batches = write(world.batches, batch, opts.mode);
      const total = batches.reduce((s, b) => s + b.rows, 0);
      return ok([`Loading in ${opts.mode} mode.`, `Loaded ${formatCount(p.sourceRows)} rows; the partition now holds ${formatCount(total)} rows.`], { ...world, batches }, { wrote: true });
    }
    case 'transform': {
      const check = checkPartition(p, world);
      return ok([`Built daily revenue for ${p.partitionId}: ${formatCount(check.loadedRows)} rows, revenue ${formatEuros(check.loadedRevenue)}.`]);
    }
    case 'check': {
      if (state.checksDisabled) return { state: 'skipped', lines: ['Check disabled by an operator: skipped.'], world, wrote: false, published: false };
      const nullRows = world.batches.filter((b) => b.effect === 'null').reduce((s, b) => s + b.rows, 0);
      if (nullRows > 0) return { state: 'failed', lines: [start, `Check failed: ${formatCount(nullRows)} rows with NULL revenue.`], world, wrote: false, published: false };
      return ok(['Check passed: no NULL revenue values.']);
    }
    case 'publish':
      if (p.partitionId !== latestPartitionId(scenario)) return { state: 'skipped', lines: ['Not the latest run: the report is refreshed only by the newest day (latest only).'], world, wrote: false, published: false };
      if (opts.holdPublish) return { state: 'no_status', lines: [], world, wrote: false, published: false };
      return ok([`Refreshed ${scenario.reportName} from the warehouse.`], world, { published: true });
  }
}

/**
 * Runs `startTasks` and everything downstream of them for one partition, in DAG order. A task whose upstream did not
 * pass is `upstream_failed`, as in Airflow; a skipped check lets its downstream run (the reason disabling it is risky).
 */
export function runPartition(scenario: IncidentScenario, state: IncidentState, partitionId: string, startTasks: readonly string[], opts: RunOptions): RunResult {
  const p = scenario.partitions.find((x) => x.partitionId === partitionId)!;
  let world = state.partitions[partitionId]!;
  const toRun = downstreamOf(scenario, startTasks);
  let minutes = 0;
  let wroteRows = false;
  let published = false;
  let failedTask: string | null = null;
  let failureLine: string | null = null;
  let blockedTask: string | null = null;
  const tasks = { ...world.tasks };
  for (const task of scenario.dag.tasks) {
    if (!toRun.has(task.taskId)) continue;
    const blocked = task.upstream.some((u) => !PASSING.has(tasks[u]!.state));
    if (blocked) {
      tasks[task.taskId] = attempt(tasks[task.taskId], 'upstream_failed', opts.at + minutes, []);
      blockedTask ??= task.taskId;
      continue;
    }
    const outcome = runOne(scenario, state, task, p, { ...world, tasks }, { ...opts, at: opts.at + minutes });
    if (outcome.state === 'success' || outcome.state === 'failed') minutes += task.minutes;
    world = outcome.world;
    tasks[task.taskId] = attempt(tasks[task.taskId], outcome.state, opts.at + minutes, outcome.lines);
    wroteRows ||= outcome.wrote;
    published ||= outcome.published;
    if (outcome.state === 'failed' && !failedTask) {
      failedTask = task.taskId;
      failureLine = outcome.lines.find((l) => /error|fatal|failed/i.test(l)) ?? outcome.lines.at(-1) ?? null;
    }
  }
  return { partition: { ...world, tasks }, minutes, wroteRows, published, failedTask, failureLine, blockedTask };
}

/** What a partition holds compared with the source: the numbers a validation shows and a publication freezes. */
export function checkPartition(p: ScenarioPartition, world: PartitionWorld): PartitionCheck {
  const factor = { none: 1, x100: 100, null: 0 } as const;
  const loadedRows = world.batches.reduce((s, b) => s + b.rows, 0);
  const loadedRevenue = Math.round(world.batches.reduce((s, b) => s + (b.rows / p.sourceRows) * p.sourceRevenue * factor[b.effect], 0) * 100) / 100;
  const effects = new Set(world.batches.filter((b) => b.rows > 0).map((b) => b.effect));
  const status: PartitionStatus =
    loadedRows === 0 ? 'missing'
      : effects.has('null') ? 'missing-values'
        : effects.has('x100') ? 'wrong-unit'
          : loadedRows > p.sourceRows ? 'duplicated'
            : loadedRows < p.sourceRows ? 'partial'
              : 'ok';
  return { partitionId: p.partitionId, sourceRows: p.sourceRows, loadedRows, sourceRevenue: p.sourceRevenue, loadedRevenue, status };
}

export function checkReport(scenario: IncidentScenario, state: IncidentState): PartitionCheck[] {
  return scenario.partitions.map((p) => checkPartition(p, state.partitions[p.partitionId]!));
}

/** The report's overall quality: the most visible problem wins, as it is the one Finance would notice first. */
export function reportQuality(checks: readonly PartitionCheck[]): ReportQuality {
  const has = (s: PartitionStatus) => checks.some((c) => c.status === s);
  if (has('wrong-unit')) return 'wrong-unit';
  if (has('missing-values')) return 'missing-values';
  if (has('duplicated')) return 'duplicated';
  if (has('missing') || has('partial')) return 'stale';
  return 'correct';
}
