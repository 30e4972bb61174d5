// Pure (all processes): the incident actions that look rather than touch: logs, schema diff, change notes, validation.
import { formatCount, formatPartition } from './clock';
import { checkReport } from './pipeline';
import { schemaDiff } from './views';
import { learn, refuse, type Step, type StepContext } from './step';
import type { IncidentFact } from './scenario-schema';

export function readLog({ scenario, state }: StepContext, partitionId: string, taskId: string): Step {
  const world = state.partitions[partitionId];
  const task = scenario.dag.tasks.find((t) => t.taskId === taskId);
  if (!world || !task) return refuse(`There is no task ${taskId} in a run for ${partitionId}.`);
  const instance = world.tasks[taskId]!;
  const last = instance.attempts.at(-1);
  if (!last) return { minutes: 1, tone: 'info', summary: `${taskId} for ${formatPartition(partitionId)} has not run (${instance.state.replace('_', ' ')}): there is no log yet.`, apply: (s) => ({ ...s, openLog: { partitionId, taskId, attempt: 0 } }) };
  const showsFault = last.state === 'failed' && taskId === scenario.fault.failingTaskId && last.lines.includes(scenario.fault.errorLog[0]!);
  return {
    minutes: 3,
    tone: last.state === 'failed' ? 'warn' : 'info',
    summary: `Read the log of ${taskId} for ${formatPartition(partitionId)} (try ${instance.attempts.length}, ${last.state}).`,
    apply: (s) => {
      const opened = { ...s, openLog: { partitionId, taskId, attempt: instance.attempts.length } };
      return showsFault ? learn(opened, 'failure-seen') : opened;
    },
  };
}

export function diffSchema({ scenario }: StepContext): Step {
  const diff = schemaDiff(scenario);
  const changed = diff.some((d) => d.change !== 'same');
  const detail = diff.filter((d) => d.change !== 'same').map((d) => `${d.name} ${d.change}`).join(', ');
  return {
    minutes: 6,
    tone: changed ? 'warn' : 'info',
    summary: changed ? `Compared ${scenario.source.table} with its contract: ${detail}.` : `Compared ${scenario.source.table} with its contract: no differences.`,
    apply: (s) => (changed ? learn(s, 'schema-diff-seen', 'schema-changed') : learn(s, 'schema-diff-seen')),
  };
}

export function checkChanges({ scenario }: StepContext): Step {
  return { minutes: 4, tone: 'info', summary: `Read ${scenario.changeNotes.length} recent change notes.`, apply: (s) => learn(s, 'changes-seen') };
}

export function validate({ scenario, state }: StepContext): Step {
  const rows = checkReport(scenario, state);
  const bad = rows.filter((r) => r.status !== 'ok');
  const facts: IncidentFact[] = ['validated'];
  if (bad.some((r) => r.status === 'wrong-unit')) facts.push('wrong-unit-seen');
  if (bad.some((r) => r.status === 'duplicated')) facts.push('duplicates-seen');
  if (bad.some((r) => r.status === 'missing' || r.status === 'partial' || r.status === 'missing-values')) facts.push('missing-seen');
  const describe = bad.map((r) => `${formatPartition(r.partitionId)} ${r.status} (${formatCount(r.loadedRows)} of ${formatCount(r.sourceRows)} rows)`).join('; ');
  return {
    minutes: 8,
    tone: bad.length ? 'warn' : 'good',
    summary: bad.length
      ? `Compared the report's ${rows.length} days with the source: ${rows.length - bad.length} match; ${describe}.`
      : `Compared the report's ${rows.length} days with the source: every day matches in rows and revenue.`,
    apply: (s, at) => learn({ ...s, validation: { at, dataVersion: s.dataVersion, rows } }, ...facts),
  };
}
