// Unit test (Node): the one parser behind import and `npm run grade`: what it accepts, and the message for each way
// a file can be wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSION_FILE_BYTES } from '../../contract/host-api';
import { closeTestHosts, exportAll, importText, reviewerToken, testHost } from './fixtures/host-fixture';
import { legacySession } from './fixtures/legacy-session';
import { parseSessionFileText } from './session-file';

let good: string;
beforeAll(async () => {
  const host = await testHost();
  const { session } = await host.handlers.startSession({ candidateName: 'Ada', consent: true });
  host.advance(2_000);
  await host.handlers.saveProgress({ sessionId: session.sessionId, location: 'practice', answers: { practice: { query: 'SELECT 1' } } });
  await host.handlers.submitSession({ sessionId: session.sessionId, reflection: 'ok' });
  good = (await exportAll(host, session.sessionId)).text;
});
afterAll(closeTestHosts);

const lines = () => good.trim().split('\n');

describe('session files: accepted', () => {
  it('reads a format-2 export, also with a UTF-8 byte-order mark and CRLF line ends', () => {
    for (const text of [good, `\uFEFF${good}`, good.replace(/\n/g, '\r\n')]) {
      const parsed = parseSessionFileText(text);
      expect(parsed).toMatchObject({ kind: 'v2', failures: [], session: { candidateName: 'Ada', answers: { practice: { query: 'SELECT 1' } } } });
    }
  });

  it('reads a legacy format-1 file, and the import says its integrity is limited to the event chain', async () => {
    const parsed = parseSessionFileText(JSON.stringify(legacySession()));
    expect(parsed).toMatchObject({ kind: 'legacy', failures: [] });
    const host = await testHost();
    const { integrity } = await importText(host, await reviewerToken(host), JSON.stringify(legacySession()));
    expect(integrity).toMatchObject({ format: 'legacy', ok: false, message: expect.stringContaining('Legacy format: integrity limited to the event chain') });
  });
});

describe('session files: refused with a message naming the problem', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['empty', () => '  \n', /empty/],
    ['plain text', () => 'Dear reviewer, here are my answers.', /not a session file: it is plain text/],
    ['another JSON file', () => '{"hello": "world"}', /format marker is missing/],
    ['a cut last line', () => good.slice(0, good.length - 40), /truncated: its last event/],
    ['a duplicate key', () => [lines()[0], lines()[1]!.replace('{"seq":0,', '{"seq":0,"seq":0,'), ...lines().slice(2)].join('\n'), /"seq" appears twice/],
    ['a __proto__ key', () => [lines()[0]!.replace('{"format"', '{"__proto__":{"polluted":1},"format"'), ...lines().slice(1)].join('\n'), /__proto__/],
    ['a case-variant session id', () => [lines()[0]!.replace(/"sessionId":"([0-9a-f-]+)"/, (_m, id: string) => `"sessionId":"${id.toUpperCase()}"`), ...lines().slice(1)].join('\n'), /lower case/],
    ['deep nesting', () => [lines()[0], lines()[1]!.replace('"data":{', `"data":{"x":${'['.repeat(60)}${']'.repeat(60)},`), ...lines().slice(2)].join('\n'), /nesting deeper than 48 levels/],
    ['a legacy file with events: []', () => JSON.stringify({ ...legacySession(), events: [] }), /no events/],
  ];

  it.each(cases)('%s', (_name, make, message) => {
    let error: unknown = null;
    let parsed: ReturnType<typeof parseSessionFileText> | null = null;
    try {
      parsed = parseSessionFileText(make());
    } catch (e) {
      error = e;
    }
    // Either not a session file at all (thrown), or a session file that fails integrity (reported).
    const message_ = error ? (error as Error).message : parsed!.failures.join(' ');
    expect(error !== null || parsed!.failures.length > 0).toBe(true);
    expect(message_).toMatch(message);
  });

  it('refuses a file larger than any session file with a size message', () => {
    expect(() => parseSessionFileText(' '.repeat(MAX_SESSION_FILE_BYTES + 1))).toThrow(/no session file is larger than 24 MB/);
  });

  it('a legacy file whose stored answer differs from its last autosave is flagged', () => {
    const edited = { ...legacySession(), answers: { practice: { query: 'SELECT 42' } } };
    expect(parseSessionFileText(JSON.stringify(edited)).failures.join(' ')).toMatch(/stored practice answer is not the last one its event log saved/);
  });
});
