// Unit test (Node): the tamper corpus. A genuine session is taken on a laptop prepared by the reviewer's machine, then
// edited the ways a candidate could; each copy is refused (nothing stored changes) or flagged with a precise message.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestHosts, exportAll, importText, reviewerToken, testHost, type TestHost } from './fixtures/host-fixture';
import { joinExport, rechain, splitExport, type ParsedExport } from './fixtures/forger';

let reviewer: TestHost;
let token: string;
let genuine: string;
let inProgress: string;
let receipt: string;
let stolenKey: string;
let other: { text: string; receipt: string };

const weak = { query: 'SELECT plan, SUM(amount) FROM invoices GROUP BY plan', explanation: 'Not sure.', checks: [] };
const strong = { query: 'SELECT plan, SUM(amount) FROM invoices WHERE status = \'paid\' GROUP BY plan', explanation: 'Fixed the join fan-out and the status filter.', checks: [] };

async function takeSession(laptop: TestHost, name: string, planContent: string) {
  await laptop.handlers.openPlanFile({ fileName: 'plan.json', content: planContent });
  const { session } = await laptop.handlers.startSession({ candidateName: name, consent: true });
  laptop.advance(60_000);
  await laptop.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql', answers: { sql: weak }, events: [{ type: 'run', exerciseId: 'sql', data: { startedBy: 'candidate', purpose: 'query', ok: true } }] });
  laptop.advance(60_000);
  const middle = await exportAll(laptop, session.sessionId);
  await laptop.handlers.saveProgress({ sessionId: session.sessionId, location: 'sql' });
  laptop.advance(60_000);
  const done = await laptop.handlers.submitSession({ sessionId: session.sessionId, reflection: 'I would test more.' });
  return { id: session.sessionId, middle: middle.text, final: await exportAll(laptop, session.sessionId), receipt: done.session.receipt! };
}

function storedFiles(host: TestHost): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['imported', 'reviews', 'plans']) {
    if (!existsSync(join(host.dir, dir))) continue;
    for (const name of readdirSync(join(host.dir, dir))) files[`${dir}/${name}`] = readFileSync(join(host.dir, dir, name), 'utf8');
  }
  return files;
}

const edit = (text: string, change: (p: ParsedExport) => void): ParsedExport => {
  const parsed = splitExport(text);
  change(parsed);
  return parsed;
};
const autosaveOf = (p: ParsedExport) => p.records.find((r) => r.type === 'autosave')!;

beforeAll(async () => {
  reviewer = await testHost();
  token = await reviewerToken(reviewer);
  const draft = { title: 'SQL', exercises: [{ exerciseId: 'sql' as const, minutes: 45, variantId: 'revenue-by-plan' }], extraTimeMultiplier: 1, variantMode: 'fixed' as const };
  const plan = (await reviewer.handlers.preparePlan({ token, action: 'export', draft })).content;
  const laptop = await testHost();
  const taken = await takeSession(laptop, 'Ada', plan);
  genuine = taken.final.text;
  inProgress = taken.middle;
  receipt = taken.receipt;
  stolenKey = (JSON.parse(readFileSync(join(laptop.dir, 'session-keys', `${taken.id}.json`), 'utf8')) as { sealKey: string }).sealKey;
  const laptop2 = await testHost();
  const second = await takeSession(laptop2, 'Bob', plan);
  other = { text: second.final.text, receipt: second.receipt };
}, 60_000);
afterAll(closeTestHosts);

describe('tamper corpus: refused, nothing stored changes', () => {
  const refused: Array<[string, () => string, RegExp, string?]> = [
    ['answers replaced in the stated state only', () => joinExport(edit(genuine, (p) => void ((p.header.stated.answers as Record<string, unknown>).sql = strong))), /stated answers differ from what its log derives/],
    ['answers replaced in the log', () => joinExport(edit(genuine, (p) => void (autosaveOf(p).data = { patch: [{ p: [], v: strong }] }))), /Hash chain breaks at event \d+ \(autosave\)/],
    ['answers replaced and the chain recomputed (no key)', () => joinExport(rechain(edit(genuine, (p) => void (autosaveOf(p).data = { patch: [{ p: [], v: strong }] })))), /seal does not verify/],
    ['answers replaced, chain recomputed and re-sealed with the laptop key, checked against the proctor receipt', () => joinExport(rechain(edit(genuine, (p) => void (autosaveOf(p).data = { patch: [{ p: [], v: strong }] })), stolenKey)), /receipt code .* does not match/, 'receipt'],
    ['another candidate’s log under this session’s header', () => joinExport({ header: splitExport(genuine).header, records: splitExport(other.text).records }), /header names session .* but the log belongs to session/],
    ['another candidate’s whole file handed in for this one', () => other.text, /receipt code .* does not match/, 'receipt'],
    ['candidate name changed in the log', () => joinExport(edit(genuine, (p) => void (p.records[0]!.data.candidateName = 'Mallory'))), /Hash chain breaks at event 0/],
    ['candidate name changed in the stated state', () => joinExport(edit(genuine, (p) => void (p.header.stated.candidateName = 'Mallory'))), /stated candidateName differ/],
    ['tail cut (submit and seal removed), checked against the proctor receipt', () => joinExport(rechain(edit(genuine, (p) => void p.records.splice(-2)))), /not sealed, so it has none/, 'receipt'],
    ['empty log', () => `${JSON.stringify(splitExport(genuine).header)}\n`, /no events/],
    ['plan edited (extra time) and chain recomputed and re-sealed with the laptop key', () => joinExport(rechain(edit(genuine, (p) => {
      const g = p.records[0]!.data as { plan: { extraTimeMultiplier: number }; preparedPlan: { extraTimeMultiplier: number } };
      g.plan.extraTimeMultiplier = 3;
      g.preparedPlan.extraTimeMultiplier = 3;
    }), stolenKey)), /differs from what was prepared/],
    ['budget edited in the resolved plan only', () => joinExport(rechain(edit(genuine, (p) => void ((p.records[0]!.data as { plan: { exercises: Array<{ minutes: number }> } }).plan.exercises[0]!.minutes = 240)), stolenKey)), /differs from what was prepared/],
    ['status edited in the stated state', () => joinExport(edit(genuine, (p) => void (p.header.stated.status = 'in-progress'))), /stated status differ/],
    ['time edited (clock readings halved) and chain recomputed without the key', () => joinExport(rechain(edit(genuine, (p) => p.records.forEach((r) => void (r.el = Math.round((r.el ?? 0) / 2)))))), /seal does not verify/],
    ['time edited in the stated state', () => joinExport(edit(genuine, (p) => void ((p.header.stated.elapsedMs as Record<string, number>).sql = 1))), /stated elapsedMs differ/],
  ];

  it.each(refused)('%s', async (_name, make, message, withReceipt) => {
    const before = storedFiles(reviewer);
    await expect(importText(reviewer, token, make(), withReceipt ? receipt : undefined)).rejects.toMatchObject({ message: expect.stringMatching(message) });
    expect(storedFiles(reviewer)).toEqual(before);
  });
});

describe('tamper corpus: versions of one session', () => {
  it('a cut tail without a receipt imports flagged as not sealed; the full copy then replaces it, and the cut one never replaces that', async () => {
    const host = await testHost();
    const t = await reviewerToken(host);
    const cut = joinExport(rechain(edit(genuine, (p) => void p.records.splice(-2))));
    const flagged = await importText(host, t, cut);
    expect(flagged.integrity).toMatchObject({ ok: false, seal: { state: 'not-sealed', message: expect.stringContaining('Not sealed') } });
    expect(flagged.summary.status).toBe('in-progress');
    expect((await importText(host, t, genuine)).replaced).toBe(true);
    expect(await importText(host, t, cut)).toMatchObject({ replaced: false, summary: { status: 'submitted' } });
    expect((await host.handlers.listSessions({ token: t })).sessions).toHaveLength(1);
  });

  it('an in-progress copy is replaced by the submitted one and grades of the old version become stale; the reverse keeps the newer copy', async () => {
    const first = await testHost();
    const t0 = await reviewerToken(first);
    await importText(first, t0, inProgress);
    const id = JSON.parse(genuine.split('\n')[0]!).sessionId as string;
    const older = (await first.handlers.listSessions({ token: t0 })).sessions[0]!;
    expect(older.integrity.sealState).toBe('not-sealed');
    // A review of the in-progress version, as the grader would have stored it.
    mkdirSync(join(first.dir, 'reviews'), { recursive: true });
    writeFileSync(join(first.dir, 'reviews', `${id}.json`), JSON.stringify({ format: 'dpe-session-review', version: 1, sessionId: id, grades: [], gradedAt: '2026-01-05T10:00:00.000Z', gradedHeadHash: older.headHash, audit: [] }));
    const host = await testHost(first.dir);
    const t = await reviewerToken(host, false);
    expect((await host.handlers.listSessions({ token: t })).sessions[0]!.review.state).toBe('graded');
    const newer = await importText(host, t, genuine);
    expect(newer.summary.review.state).toBe('stale');
    expect(newer.replaced).toBe(true);
    expect(newer.summary.headHash).not.toBe(older.headHash);
    const again = await importText(host, t, inProgress);
    expect(again).toMatchObject({ replaced: false, summary: { headHash: newer.summary.headHash } });
    expect(host.services.store.get(id).session.status).toBe('submitted');
  });

  it('refuses a same-id file whose chain was recomputed, and a longer forged copy after the sealed one', async () => {
    const host = await testHost();
    const t = await reviewerToken(host);
    await importText(host, t, inProgress);
    const before = storedFiles(host);
    const recomputed = joinExport(rechain(edit(genuine, (p) => void (autosaveOf(p).data = { patch: [{ p: [], v: strong }] })), stolenKey));
    await expect(importText(host, t, recomputed)).rejects.toThrow(/different session with the same id/);
    expect(storedFiles(host)).toEqual(before);
    await importText(host, t, genuine);
    const longer = edit(genuine, (p) => {
      const last = p.records.at(-1)!;
      p.records.push({ ...last, seq: last.seq + 1 });
    });
    const sealedAgain = joinExport(rechain(longer, stolenKey));
    const stored = storedFiles(host);
    await expect(importText(host, t, sealedAgain)).rejects.toThrow(/already submitted and sealed; a longer copy cannot have come after it/);
    expect(storedFiles(host)).toEqual(stored);
  });
});

describe('tamper corpus: flagged, with what can and cannot be said', () => {
  it('a session whose plan this machine did not prepare imports, saying so and that the seal cannot be checked here', async () => {
    const host = await testHost();
    const { integrity } = await importText(host, await reviewerToken(host), genuine);
    expect(integrity).toMatchObject({ ok: false, plan: { preparedHere: false }, seal: { state: 'unverifiable' } });
    expect(integrity.seal.message).toMatch(/Compare the receipt code/);
  });

  it('a forged copy re-sealed with the key read from the laptop passes the seal: only the proctor’s receipt catches it', async () => {
    const forged = joinExport(rechain(edit(genuine, (p) => void (autosaveOf(p).data = { patch: [{ p: [], v: strong }] })), stolenKey));
    const { integrity } = await importText(reviewer, token, forged);
    expect(integrity.seal.state).toBe('verified');
    expect(integrity.receipt).not.toBe(receipt);
  });
});
