// Pure (all processes): the shape of an incident scenario. Scenarios are data; the engine (reducer.ts) is generic,
// and a scenario is validated by this schema when it is loaded, never trusted.
import { z } from 'zod';

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');
const DateId = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'lower-case letters, digits, - and _');
const Text = z.string().trim().min(1);

/** What the engine learns the candidate has seen; questions unlock on these. Fixed by the engine, not by scenarios. */
export const IncidentFactSchema = z.enum([
  'failure-seen', // read the log of a failed attempt of the failing task
  'changes-seen', // read the recent change notes
  'schema-diff-seen', // compared the upstream schema with its contract
  'schema-changed', // ...and they differ
  'fix-applied',
  'validated',
  'wrong-unit-seen',
  'duplicates-seen',
  'missing-seen',
  'published',
]);
export type IncidentFact = z.infer<typeof IncidentFactSchema>;

/** Each role has its own behaviour in the engine (pipeline.ts); the scenario only wires them into a DAG. */
export const TaskRoleSchema = z.enum(['extract', 'load', 'transform', 'check', 'publish']);
export type TaskRole = z.infer<typeof TaskRoleSchema>;

const TaskSchema = z.object({
  taskId: z.string().regex(/^[a-z][a-z0-9_]*$/, 'an Airflow task id (snake_case)'),
  role: TaskRoleSchema,
  operator: Text,
  /** Simulated minutes one attempt takes, failed or not. */
  minutes: z.number().int().min(1).max(120),
  upstream: z.array(z.string()),
});
export type IncidentTask = z.infer<typeof TaskSchema>;

const ColumnSchema = z.object({ name: Text, type: Text, description: z.string() });
export type SchemaColumn = z.infer<typeof ColumnSchema>;

const PartitionSchema = z.object({
  partitionId: DateId,
  sourceRows: z.number().int().positive(),
  /** Revenue in the source system for the day, in the report's currency. */
  sourceRevenue: z.number().positive(),
  /** True when the nightly run for this partition failed because of the fault. */
  affected: z.boolean(),
  /** Rows a failed load committed before it stopped (non-transactional batch inserts). */
  partialRows: z.number().int().nonnegative().default(0),
});
export type ScenarioPartition = z.infer<typeof PartitionSchema>;

export const FaultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('schema-drift'), failingTaskId: z.string(), renamedFrom: Text, renamedTo: Text, errorLog: z.array(Text).min(1) }),
  z.object({
    kind: z.literal('expired-credential'), failingTaskId: z.string(), connectionId: Text, account: Text, secretPath: Text, errorLog: z.array(Text).min(1),
  }),
]);
export type IncidentFault = z.infer<typeof FaultSchema>;

const FixSchema = z.object({
  fixId: Id,
  label: Text,
  detail: Text,
  minutes: z.number().int().min(1).max(600),
  /** Whether the failing task succeeds afterwards. */
  repairs: z.boolean(),
  /** What the repaired load writes into the revenue column. */
  valueEffect: z.enum(['none', 'x100', 'null']),
  /** A consequence the world raises some minutes after the fix (a secret scanner, an upstream complaint). */
  laterAlert: z.object({ afterMinutes: z.number().int().min(1), source: Text, text: Text }).optional(),
});
export type IncidentFix = z.infer<typeof FixSchema>;

const PersonSchema = z.object({ name: Text, role: Text });
export const PartyIdSchema = z.enum(['stakeholder', 'upstream', 'on-call']);
export type PartyId = z.infer<typeof PartyIdSchema>;

const QuestionSchema = z.object({
  questionId: Id,
  to: PartyIdSchema,
  text: Text,
  answer: Text,
  /** Every fact listed must be known before the question is offered; empty: offered from the start. */
  unlockedBy: z.array(IncidentFactSchema),
});
export type IncidentQuestion = z.infer<typeof QuestionSchema>;

const PublishedReactionSchema = z.object({ correct: Text, stale: Text, 'wrong-unit': Text, duplicated: Text, 'missing-values': Text });

export const ScenarioSchema = z
  .object({
    scenarioId: Id,
    /** Reviewer-facing; never shown to the candidate as a hint. */
    title: Text,
    briefing: z.object({ headline: Text, body: Text }),
    incidentDay: DateId,
    start: ClockTime,
    deadline: ClockTime,
    reportName: Text,
    dag: z.object({
      dagId: z.string().regex(/^[a-z][a-z0-9_]*$/),
      schedule: Text,
      description: Text,
      /** How the DAG's own load writes (retries and clears use it; a backfill chooses its own mode). */
      loadMode: z.enum(['append', 'overwrite']),
      checkDescription: Text,
      tasks: z.array(TaskSchema).min(3),
    }),
    /** The first day a full rebuild would start from. */
    historyStart: DateId,
    /** The days the report covers and the run grid shows, oldest first. */
    partitions: z.array(PartitionSchema).min(2),
    source: z.object({ system: Text, table: Text, contract: z.array(ColumnSchema).min(1), current: z.array(ColumnSchema).min(1) }),
    fault: FaultSchema,
    fixes: z.array(FixSchema).min(2),
    changeNotes: z.array(z.object({ at: Text, team: Text, title: Text, body: Text })).min(1),
    people: z.object({ stakeholder: PersonSchema, upstream: PersonSchema, 'on-call': PersonSchema }),
    opening: z.array(z.object({ at: ClockTime, from: PartyIdSchema.or(z.literal('alert')), text: Text })).min(1),
    questions: z.array(QuestionSchema).min(3),
    reactions: z.object({
      reminders: z.array(z.object({ at: ClockTime, text: Text })).min(1),
      ackWithPlan: Text,
      /** The reply to an update posted after a correct report went out. */
      ackResolved: Text,
      ackMissingEta: Text,
      ackMissingImpact: Text,
      nextUpdateMissed: Text,
      etaMissed: Text,
      deadlineMissed: Text,
      published: PublishedReactionSchema,
      seniorTooEarly: Text,
      seniorApproves: Text,
      seniorTooOften: Text,
      noAnswerYet: Text,
    }),
  })
  .superRefine((s, ctx) => {
    const ids = new Set(s.dag.tasks.map((t) => t.taskId));
    if (ids.size !== s.dag.tasks.length) ctx.addIssue({ code: 'custom', path: ['dag', 'tasks'], message: 'task ids must be unique' });
    // Upstream tasks must be listed first: the engine runs tasks in list order, and this also rules out cycles.
    const seen = new Set<string>();
    for (const t of s.dag.tasks) {
      for (const up of t.upstream) {
        if (!ids.has(up)) ctx.addIssue({ code: 'custom', path: ['dag', 'tasks'], message: `${t.taskId} depends on unknown task ${up}` });
        else if (!seen.has(up)) ctx.addIssue({ code: 'custom', path: ['dag', 'tasks'], message: `${t.taskId} is listed before its upstream task ${up}` });
      }
      seen.add(t.taskId);
    }
    const roles = s.dag.tasks.map((t) => t.role);
    for (const role of ['extract', 'load', 'check', 'publish'] as const) {
      if (roles.filter((r) => r === role).length !== 1) ctx.addIssue({ code: 'custom', path: ['dag', 'tasks'], message: `the DAG needs exactly one ${role} task` });
    }
    if (!ids.has(s.fault.failingTaskId)) ctx.addIssue({ code: 'custom', path: ['fault', 'failingTaskId'], message: `unknown task ${s.fault.failingTaskId}` });
    const dates = s.partitions.map((p) => p.partitionId);
    if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) ctx.addIssue({ code: 'custom', path: ['partitions'], message: 'partitions must be in date order without repeats' });
    if (s.historyStart > dates[0]!) ctx.addIssue({ code: 'custom', path: ['historyStart'], message: 'history must start on or before the first partition' });
    if (!s.partitions.some((p) => p.affected)) ctx.addIssue({ code: 'custom', path: ['partitions'], message: 'at least one partition must be affected' });
    if (s.start >= s.deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'the deadline must come after the start' });
    if (!s.fixes.some((f) => f.repairs && f.valueEffect === 'none')) ctx.addIssue({ code: 'custom', path: ['fixes'], message: 'a scenario needs at least one fix that repairs without side effects' });
    const qids = new Set(s.questions.map((q) => q.questionId));
    if (qids.size !== s.questions.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'question ids must be unique' });
    const fids = new Set(s.fixes.map((f) => f.fixId));
    if (fids.size !== s.fixes.length) ctx.addIssue({ code: 'custom', path: ['fixes'], message: 'fix ids must be unique' });
  });
export type IncidentScenario = z.infer<typeof ScenarioSchema>;
