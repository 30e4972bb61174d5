// Host (Node, also the grading CLI): reading a session file someone hands us. One parser for the app's import and
// `npm run grade`. Every way a file can be wrong gets its own plain message; integrity problems are reported, not
// thrown, so the CLI can still show (marked unverified) what a damaged file contains when asked to.
import { z } from 'zod';
import { describeIssues, MAX_SESSION_FILE_BYTES } from '../../contract/host-api';
import { SessionEventSchema, SessionSchema, type Session, type SessionEvent } from '../../contract/session';
import { canonicalJson, sha256, verifyLegacyChain, verifyRecords, type ChainCheck } from './session-log/chain';
import { DeriveError, deriveSession, statedFields, type DerivedSession, type StatedFields } from './session-log/derive-session';
import { receiptFor } from './session-log/seal';
import { parseStrictJson, StrictJsonError } from './session-log/strict-json';
import { deriveOptions } from './session-log/exercise-checks';
import { HostError } from './host-error';

export const SESSION_FILE_FORMAT = 'dpe-assessment-session';

const LowerCaseId = z.uuid().refine((id) => id === id.toLowerCase(), 'session ids are lower case; this one differs from its canonical form only in case');

export const ExportHeaderSchema = z
  .object({
    format: z.literal(SESSION_FILE_FORMAT),
    version: z.literal(2),
    sessionId: LowerCaseId,
    exportedAt: z.iso.datetime(),
    /** What the log derives, stated for people and other tools; import refuses a file where the two differ. */
    stated: z.record(z.string(), z.unknown()),
  })
  .strict();
export type ExportHeader = z.infer<typeof ExportHeaderSchema>;

export type ParsedSessionFile =
  | { kind: 'v2'; header: ExportHeader | null; records: SessionEvent[]; chain: ChainCheck; derived: DerivedSession | null; session: Session | null; failures: string[] }
  | { kind: 'legacy'; session: Session; chain: ChainCheck; derived: null; failures: string[] };

/** The export: a header line stating what the log derives, then one record a line, exactly as stored. */
export function serialiseSessionFile(derived: DerivedSession, exportedAt: Date): string {
  const header: ExportHeader = {
    format: SESSION_FILE_FORMAT,
    version: 2,
    sessionId: derived.session.sessionId,
    exportedAt: exportedAt.toISOString(),
    stated: statedFields(derived.session),
  };
  return `${JSON.stringify(header)}\n${derived.session.events.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

/** Parses a session file (format 2 or legacy 1). Throws HostError for files that are not session files at all. */
export function parseSessionFileText(input: string): ParsedSessionFile {
  if (input.length > MAX_SESSION_FILE_BYTES) {
    throw new HostError('too-large', `The file is ${(input.length / 1024 / 1024).toFixed(1)} MB; no session file is larger than ${MAX_SESSION_FILE_BYTES / 1024 / 1024} MB.`);
  }
  // A UTF-8 byte-order mark (some editors add one) is not part of the content.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new HostError('bad-file', 'The file is empty.');
  if (!text.trimStart().startsWith('{')) throw new HostError('bad-file', 'This is not a session file: it is plain text, not the JSON a session file holds.');
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  let head: unknown = null;
  try {
    head = parseStrictJson(firstLine);
  } catch {
    head = null;
  }
  const isV2 = typeof head === 'object' && head !== null && (head as { version?: unknown }).version === 2;
  return isV2 ? parseV2(head, text.slice(firstBreak + 1)) : parseLegacy(text);
}

function parseV2(rawHeader: unknown, body: string): ParsedSessionFile {
  if ((rawHeader as { format?: unknown }).format !== SESSION_FILE_FORMAT) throw new HostError('bad-file', 'This is not an assessment session file (its format marker is missing).');
  const header = ExportHeaderSchema.safeParse(rawHeader);
  if (!header.success) throw new HostError('bad-file', `The session file's header is malformed: ${describeIssues(header.error)}.`);
  const lines = body.split('\n');
  if (lines.at(-1)?.trim() === '') lines.pop();
  const records: SessionEvent[] = [];
  for (const [index, line] of lines.entries()) {
    let raw: unknown;
    try {
      raw = parseStrictJson(line.replace(/\r$/, ''));
    } catch (error) {
      if (index === lines.length - 1 && error instanceof StrictJsonError && /ends/.test(error.message)) {
        throw new HostError('bad-file', `The file is truncated: its last event (line ${index + 2}) is incomplete.`);
      }
      throw new HostError('bad-file', `Line ${index + 2} is not valid JSON: ${(error as Error).message}.`);
    }
    const record = SessionEventSchema.strict().safeParse(raw);
    if (!record.success) throw new HostError('bad-file', `Event on line ${index + 2} is malformed: ${describeIssues(record.error)}.`);
    records.push(record.data);
  }
  return { kind: 'v2', header: header.data, ...checkRecords(records, header.data) };
}

/**
 * Everything but the text: the chain, the derivation, the plan hash, each seal's receipt, and (for a file) that the
 * header names the log's session and states what the log derives. Stored logs are checked the same way, without a header.
 */
export function checkRecords(records: SessionEvent[], header: ExportHeader | null) {
  const failures: string[] = [];
  const chain = verifyRecords(records);
  if (!chain.ok) failures.push(chain.message);
  let derived: DerivedSession | null = null;
  try {
    derived = deriveSession(records, deriveOptions);
  } catch (error) {
    if (!(error instanceof DeriveError)) throw error;
    failures.push(`The log cannot be read as a session: ${error.message}.`);
  }
  if (derived) {
    const { genesis, session } = derived;
    if (header && genesis.sessionId !== header.sessionId) failures.push(`The header names session ${header.sessionId} but the log belongs to session ${genesis.sessionId}.`);
    if (genesis.planHash !== sha256(canonicalJson(genesis.plan))) failures.push('The plan in the first event does not match the plan hash the log is bound to.');
    for (const record of session.events) {
      if (record.type === 'sealed' && record.data.receipt !== receiptFor(String(record.data.head))) failures.push(`The seal at event ${record.seq} carries a receipt code that does not belong to its head.`);
    }
    if (header) {
      const differing = statedDifferences(header.stated, statedFields(session));
      if (differing.length > 0) failures.push(`The file's stated ${differing.join(', ')} differ from what its log derives.`);
    }
  }
  return { records, chain, derived, session: derived?.session ?? null, failures };
}

function statedDifferences(stated: Record<string, unknown>, derived: StatedFields): string[] {
  const keys = new Set([...Object.keys(stated), ...Object.keys(derived)]);
  return [...keys].filter((k) => canonicalJson(stated[k] ?? null) !== canonicalJson((derived as Record<string, unknown>)[k] ?? null)).sort();
}

function parseLegacy(text: string): ParsedSessionFile {
  let raw: unknown;
  try {
    raw = parseStrictJson(text);
  } catch (error) {
    const message = (error as Error).message;
    if (/ends/.test(message)) throw new HostError('bad-file', 'The file is truncated: it ends before the session data is complete.');
    if (/nesting|twice|__proto__/.test(message)) throw new HostError('bad-file', `The file is refused: ${message}.`);
    throw new HostError('bad-file', `The file is not valid JSON, so it is not a session file (${message}).`);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SESSION_FILE_FORMAT) {
    throw new HostError('bad-file', 'This is not an assessment session file (its format marker is missing).');
  }
  const parsed = SessionSchema.extend({ version: z.literal(1), sessionId: LowerCaseId }).safeParse(raw);
  if (!parsed.success) throw new HostError('bad-file', `The session file is malformed: ${describeIssues(parsed.error)}.`);
  const session = parsed.data;
  const failures: string[] = [];
  const chain = verifyLegacyChain(session.events);
  if (!chain.ok) failures.push(chain.message);
  // What a legacy file can still prove: each stored answer is the last one its chained log saved.
  for (const [exerciseId, answer] of Object.entries(session.answers)) {
    const last = session.events.findLast((e) => e.type === 'autosave' && e.exerciseId === exerciseId);
    if (!last || canonicalJson(last.data.answer) !== canonicalJson(answer)) failures.push(`The stored ${exerciseId} answer is not the last one its event log saved.`);
  }
  return { kind: 'legacy', session, chain, derived: null, failures };
}

/** For callers that only accept a file that passes every check (the app's import). */
export function requireIntact(parsed: ParsedSessionFile): Session {
  if (parsed.failures.length > 0 || !parsed.session) {
    throw new HostError('integrity', `The session file fails its integrity check, so nothing was imported. ${parsed.failures.join(' ')}`);
  }
  return parsed.session;
}
