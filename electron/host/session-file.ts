// Host (Node): reading a session file someone hands us. Every way it can be wrong gets its own plain message.
import { describeIssues } from '../../contract/host-api';
import { SessionSchema, type Session } from '../../contract/session';
import { verifyChain } from './hash-chain';
import { HostError } from './host-error';

/** Parses and validates a session file's text; throws HostError('bad-file') with the reason. */
export function parseSessionFile(text: string): Session {
  if (text.trim() === '') throw new HostError('bad-file', 'The file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const looksCut = !text.trimEnd().endsWith('}');
    throw new HostError(
      'bad-file',
      looksCut
        ? 'The file is truncated: it ends before the session data is complete.'
        : 'The file is not valid JSON, so it is not a session file.',
    );
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'dpe-assessment-session') {
    throw new HostError('bad-file', 'This is not an assessment session file (its format marker is missing).');
  }
  const parsed = SessionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new HostError('bad-file', `The session file is malformed: ${describeIssues(parsed.error)}.`);
  }
  return parsed.data;
}

/** Like parseSessionFile, and also refuses a file whose event log was altered. */
export function parseSealedSessionFile(text: string): Session {
  const session = parseSessionFile(text);
  const chain = verifyChain(session.events);
  if (!chain.ok) throw new HostError('bad-file', `The session file was altered after it was recorded. ${chain.message}`);
  return session;
}
