// Pure (all processes): the candidate's incident actions, one `action` event each (the definition's actionSchema).
// The format is documented in docs/exercise-incident.md and stays stable: stored sessions are replayed with it.
import { z } from 'zod';
import { PartyIdSchema } from './scenario-schema';

const PartitionRef = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a partition date as YYYY-MM-DD');
const TaskRef = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a task id').max(80);
/** A time of day on the incident day, or empty when the candidate left it out. */
const ClockOrEmpty = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM')]);

export const IncidentActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read-log'), partition: PartitionRef, taskId: TaskRef }),
  z.object({ kind: z.literal('diff-schema') }),
  z.object({ kind: z.literal('check-changes') }),
  z.object({ kind: z.literal('retry-task'), partition: PartitionRef, taskId: TaskRef }),
  z.object({ kind: z.literal('apply-fix'), fixId: z.string().min(1).max(80) }),
  z.object({ kind: z.literal('clear-rerun'), partition: PartitionRef, holdPublish: z.boolean() }),
  z.object({ kind: z.literal('backfill'), from: PartitionRef, to: PartitionRef, mode: z.enum(['overwrite', 'append']), holdPublish: z.boolean() }),
  z.object({ kind: z.literal('mark-success'), partition: PartitionRef, taskId: TaskRef }),
  z.object({ kind: z.literal('disable-check') }),
  z.object({ kind: z.literal('set-paused'), paused: z.boolean() }),
  z.object({ kind: z.literal('validate') }),
  z.object({ kind: z.literal('escalate'), message: z.string().trim().min(1, 'Say what you need from the on-call engineer').max(4000) }),
  z.object({
    kind: z.literal('post-update'),
    message: z.string().trim().min(1, 'Write the update').max(4000),
    impact: z.string().max(2000),
    eta: ClockOrEmpty,
    nextUpdate: ClockOrEmpty,
  }),
  z.object({
    kind: z.literal('ask-question'),
    to: PartyIdSchema,
    /** One of the offered questions, or free text (answered "no answer yet"). */
    questionId: z.string().min(1).max(80).optional(),
    text: z.string().trim().min(1).max(2000).optional(),
  }),
  z.object({ kind: z.literal('publish-report') }),
]);
export type IncidentAction = z.infer<typeof IncidentActionSchema>;
export type IncidentActionKind = IncidentAction['kind'];

export const INCIDENT_ACTION_KINDS = IncidentActionSchema.options.map((o) => o.shape.kind.value) as readonly IncidentActionKind[];
