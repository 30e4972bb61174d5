import { describe, expect, it } from 'vitest';
import { parseSealedSessionFile, parseSessionFile } from './session-file';
import { sampleSession } from './fixtures/minimal-session';

describe('session files', () => {
  const good = JSON.stringify(sampleSession());

  it('reads a valid file', () => {
    expect(parseSealedSessionFile(good).candidateName).toBe('Ada');
  });

  it.each([
    ['', 'empty'],
    [good.slice(0, 120), 'truncated'],
    ['{"hello": "world"}', 'not an assessment session file'],
    ['not json at all}', 'not valid JSON'],
    [JSON.stringify({ ...sampleSession(), status: 'done' }), 'malformed: status'],
  ])('refuses bad input with a message naming the problem (%#)', (text, expected) => {
    expect(() => parseSessionFile(text)).toThrow(expected);
  });

  it('refuses a file whose events were edited', () => {
    const session = sampleSession();
    (session.events[0]!.data as { candidateName: string }).candidateName = 'Mallory';
    expect(() => parseSealedSessionFile(JSON.stringify(session))).toThrow('altered after it was recorded');
  });
});
