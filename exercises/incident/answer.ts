// Pure (all processes): the incident's answer: the structured post-incident write-up, autosaved like any answer.
// The actions themselves are not part of it: each one is an `action` event in the sealed log.
import { z } from 'zod';

export const WRITE_UP_LIMIT = 10_000;

export const IncidentAnswerSchema = z.object({
  timeline: z.string().max(WRITE_UP_LIMIT),
  rootCause: z.string().max(WRITE_UP_LIMIT),
  impact: z.string().max(WRITE_UP_LIMIT),
  prevention: z.string().max(WRITE_UP_LIMIT),
});
export type IncidentAnswer = z.infer<typeof IncidentAnswerSchema>;

export const WRITE_UP_FIELDS = [
  { field: 'timeline', title: 'Timeline', hint: 'What happened when, in simulated time: detection, diagnosis, fix, validation, publication.' },
  { field: 'rootCause', title: 'Root cause', hint: 'What broke and why, with the evidence that showed it.' },
  { field: 'impact', title: 'Impact', hint: 'Who and which numbers were affected, for how long, and what was published.' },
  { field: 'prevention', title: 'Prevention', hint: 'What would stop this class of failure, or catch it before Finance does.' },
] as const satisfies ReadonlyArray<{ field: keyof IncidentAnswer; title: string; hint: string }>;

export const EMPTY_WRITE_UP: IncidentAnswer = { timeline: '', rootCause: '', impact: '', prevention: '' };
