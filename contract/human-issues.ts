// Pure (contract): a failed zod parse as words a person can act on ("the note: write a short reason…", "the
// passphrase is too short: write at least 10 characters"), never a raw path such as "action.note: Too small…".
// Used for every message built from a parse failure (host replies, refused files), through describeIssues.
import type { z } from 'zod';

/** Field names as people say them; any other field is spelled out from its name (`dueAt` → "the due time"). */
const FIELD_WORDS: Record<string, string> = {
  candidateName: 'your name or candidate ID',
  reviewerName: 'your name',
  name: 'the name',
  passphrase: 'the passphrase',
  setPassphrase: 'the choice to set a passphrase',
  token: 'the reviewer sign-in',
  note: 'the note',
  notes: 'the notes',
  reflection: 'the reflection',
  summary: 'the summary',
  content: 'the file',
  fileName: 'the file name',
  sessionId: 'the session',
  leaseId: 'the window’s session lease',
  consent: 'the confirmation that you read the rules',
  query: 'the query',
  explanation: 'the explanation',
  source: 'the code',
  rating: 'the rating',
  score: 'the score',
  decision: 'the decision',
  action: 'the action',
  kind: 'the kind of action',
  events: 'the recorded events',
  answers: 'the answers',
  location: 'the screen',
  data: 'the details',
  reason: 'the reason',
  minutes: 'the minutes',
  title: 'the title',
  checks: 'the checks',
  startedBy: 'who started the run',
  purpose: 'what the run was for',
  exerciseId: 'the exercise',
  variantId: 'the variant',
  // Short keys of stored records (audit entries, events, review comments) that read badly spelled out.
  // A range's ends (an incident backfill's dates); an audit entry's from/to are said in AUDIT_WORDS.
  from: 'the start',
  to: 'the end',
  at: 'the time',
  by: 'who made it',
  seq: 'the sequence number',
  el: 'the elapsed time',
  id: 'the identifier',
  reviewer: 'the reviewer',
  file: 'the file',
  line: 'the line',
  startLine: 'the first line',
  endLine: 'the last line',
  text: 'the text',
  category: 'the category',
  severity: 'the severity',
  headHash: 'the latest entry’s fingerprint',
  storedHead: 'the stored copy’s fingerprint',
  incomingHead: 'the incoming copy’s fingerprint',
  keep: 'the copy to keep',
  reviewerId: 'the reviewer',
};

/** Inside a review audit trail (`audit.3.from`, `entries.3.from`) from/to are a score before and after a change. */
const AUDIT_WORDS: Record<string, string> = { from: 'the value before the change', to: 'the value after the change' };
const AUDIT_LISTS = new Set(['audit', 'entries']);

/** Labels that take "are": a plural noun ("the checks"), not a singular one that happens to end in s ("the status"). */
const SINGULAR_ENDING_IN_S = /(status|progress|address|class|analysis|basis|this|canvas|bonus|alias|access)$/;
const isPlural = (label: string) => /s$/.test(label) && !SINGULAR_ENDING_IN_S.test(label);
const be = (label: string) => (isPlural(label) ? 'are' : 'is');
const have = (label: string) => (isPlural(label) ? 'have' : 'has');

const KINDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'yes or no', object: 'a group of fields', array: 'a list', bigint: 'a number', date: 'a date' };
const FORMATS: Record<string, string> = { uuid: 'a valid identifier', datetime: 'a date and time', email: 'an email address', url: 'a web address', regex: 'in the expected format' };

const spell = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
/** "entries" → "entry", "checks" → "check". */
const singular = (noun: string) => noun.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/([^s])s$/, '$1');
/** A field's words: `submittedAt` is "the submitted time", not "the submitted at". */
const spellField = (key: string) => (/[a-z]At$/.test(key) ? `the ${spell(key.slice(0, -2))} time` : `the ${spell(key)}`);

/** "the note", "the query of check 3", or "what was sent" for the whole input. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const lastName = [...keys].reverse().find((k) => typeof k === 'string');
  if (lastName === undefined) return keys.length > 0 ? `item ${Number(keys.at(-1)) + 1}` : 'what was sent';
  const at = keys.lastIndexOf(lastName);
  const inAudit = keys.slice(0, keys.lastIndexOf(lastName)).some((k) => typeof k === 'string' && AUDIT_LISTS.has(k));
  let label = (inAudit ? AUDIT_WORDS[lastName] : undefined) ?? FIELD_WORDS[lastName] ?? spellField(lastName);
  // A list item's field names its item: `checks.2.query` → "the query of check 3".
  const index = keys[at - 1];
  const list = keys[at - 2];
  if (typeof index === 'number' && typeof list === 'string') label += ` of ${singular(spell(list))} ${index + 1}`;
  else if (typeof keys.at(-1) === 'number') label += ` (item ${Number(keys.at(-1)) + 1})`;
  return label;
}

/** zod's own wording ("Too small: expected string…"); a schema's custom message is kept, it was written for people. */
const DEFAULT_MESSAGE = /^(Too (small|big)\b|Invalid\b|Unrecognized\b|Expected\b)/;

type Issue = z.core.$ZodIssue;

/** One issue as a clause starting in lower case ("the note: write a short reason (at least 3 characters)"). */
export function humanIssue(issue: Issue): string {
  const label = fieldLabel(issue.path);
  // A custom message of a few words or more is a sentence for people; a one- or two-word tag is not.
  if (!DEFAULT_MESSAGE.test(issue.message) && issue.message.trim().split(/\s+/).length >= 3) return `${label}: ${lowerFirst(issue.message.trim())}`;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `${label} ${be(label)} empty: fill it in` : `${label} ${be(label)} too short: write at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label} needs at least ${min} ${min === 1 ? 'item' : 'items'}`;
      return `${label} must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${label} ${be(label)} too long: keep it to ${max.toLocaleString('en')} characters or fewer`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label} ${have(label)} too many items (at most ${max.toLocaleString('en')})`;
      return `${label} must be at most ${max}`;
    }
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? `${label} ${be(label)} missing` : `${label} should be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      if (issue.values.length === 1 && issue.values[0] === true) return `${label} must be confirmed`;
      return `${label} must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return `${label} ${be(label)} not ${FORMATS[issue.format] ?? `a valid ${spell(issue.format)}`}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options) ? `${label} must be one of: ${issue.options.map((v) => String(v)).join(', ')}` : `${label} ${be(label)} not in a form this app accepts`;
    case 'unrecognized_keys':
      return `${label} ${have(label)} fields this app does not accept (${issue.keys.join(', ')})`;
    default:
      return `${label}: ${lowerFirst(issue.message)}`;
  }
}

/** Up to three issues as one clause list ("the note: …; the rating must be at most 5"), for "…: {this}." messages. */
export function humanIssues(error: z.ZodError, max = 3): string {
  const all = error.issues.map(humanIssue);
  const more = all.length > max ? `; and ${all.length - max} more` : '';
  return all.slice(0, max).join('; ') + more;
}

/** The same as a sentence of its own: capitalised, with a full stop. */
export function humanIssuesSentence(error: z.ZodError): string {
  const text = humanIssues(error);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
