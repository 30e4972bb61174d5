// Unit test (Node; the logic is contract/human-issues.ts): what a person reads when a form or file is refused: field
// names in words, what is wrong and what to do; never a dotted path or zod's own "Too small: expected string…".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, hostApiSpec } from '../../contract/host-api';
import { fieldLabel, humanIssues, humanIssuesSentence } from '../../contract/human-issues';
import { ReviewActionSchema } from '../../contract/review';

const fail = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return result.error;
};
const RAW = /\w\.\w+:|Too (small|big)|Invalid input|expected string|received undefined/;

describe('human messages for refused input', () => {
  it('a review action without a real note reads "the note: write a short reason", not "action.note: …"', () => {
    const error = fail(z.object({ action: ReviewActionSchema }), { action: { kind: 'clear-override', target: 'sql', note: 'x' } });
    expect(describeIssues(error)).toBe('the note: write a short reason (at least 3 characters)');
    expect(describeIssues(error)).not.toMatch(RAW);
  });

  it('a short reviewer passphrase, as the host replies to the page: a capitalised sentence naming the passphrase', () => {
    const error = fail(hostApiSpec.unlockReviewer.input, { reviewerName: 'Rae', passphrase: 'short', setPassphrase: false });
    expect(humanIssuesSentence(error)).toBe('The passphrase: use at least 10 characters.');
  });

  it("zod's default wording becomes a sentence per kind of problem", () => {
    const schema = z.object({ explanation: z.string().max(5), query: z.string().min(1), rating: z.number().max(5), dueAt: z.string(), decision: z.enum(['hire', 'no-hire']), consent: z.literal(true), sessionId: z.uuid() });
    const error = fail(schema, { explanation: 'far too long', query: '', rating: 9, decision: 'maybe', consent: false, sessionId: 'abc' });
    expect(error.issues.map((i) => humanIssues(new z.ZodError([i])))).toEqual([
      'the explanation is too long: keep it to 5 characters or fewer',
      'the query is empty: fill it in',
      'the rating must be at most 5',
      'the due time is missing',
      'the decision must be one of: hire, no-hire',
      'the confirmation that you read the rules must be confirmed',
      'the session is not a valid identifier',
    ]);
  });

  it('a field inside a list names its item; more than three problems are counted, not listed', () => {
    expect(fieldLabel(['answer', 'checks', 2, 'query'])).toBe('the query of check 3');
    expect(fieldLabel([])).toBe('what was sent');
    // A review file's audit entry, as an import refusal names it (it used to read "the from of entry 4").
    expect(fieldLabel(['entries', 3, 'from'])).toBe('the value before the change of entry 4');
    expect(fieldLabel(['comments', 0, 'startLine'])).toBe('the first line of comment 1');
    // Elsewhere from/to are a range's ends: an incident backfill's dates.
    expect(fieldLabel(['actions', 0, 'from'])).toBe('the start of action 1');
    const error = fail(z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string() }), {});
    expect(humanIssues(error)).toBe('the a is missing; the b is missing; the c is missing; and 2 more');
  });
});
