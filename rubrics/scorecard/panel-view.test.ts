// Unit test: the panel view: blind until the viewer submits, spread and the two-level disagreement flag per
// dimension, revised submissions, the decision and its history, and the session list's panel columns.
import { describe, expect, it } from 'vitest';
import type { Decision, ReviewEntry, ReviewFile } from '../../contract/panel';
import { DIMENSION_IDS, loadDefaultScorecard } from './index';
import { panelSummary, panelView, spreadOf, type PanelDimensionInfo } from './panel-view';

const SESSION = '11111111-1111-4111-8111-111111111111';
const RITA = '33333333-3333-4333-8333-333333333333';
const SAM = '44444444-4444-4444-8444-444444444444';
const NIA = '55555555-5555-4555-8555-555555555555';
const dims: PanelDimensionInfo[] = loadDefaultScorecard().dimensions.map((d) => ({ dimensionId: d.id, title: d.title, weight: d.weight, anchors: d.levels }));
const [SQL, PY] = DIMENSION_IDS;

let clock = 0;
const at = () => new Date(Date.UTC(2026, 10, 25, 9, 0, clock++)).toISOString();
// The pure view reads bodies and times only; hashes are the host's business (review-chain tests).
const entry = (seq: number, body: ReviewEntry['body'], when = at()): ReviewEntry => ({ seq, at: when, prevHash: '0'.repeat(64), hash: 'f'.repeat(64), sessionHeadHash: null, body });
const submit = (sql: number | null, py: number | null, recommendation: Decision, summary: string, note = ''): ReviewEntry['body'] => ({
  kind: 'submit',
  ratings: [
    { dimensionId: SQL!, rating: sql, note },
    { dimensionId: PY!, rating: py, note: '' },
  ],
  overallScore: 60,
  recommendation,
  summary,
});
const file = (id: string, name: string, bodies: ReviewEntry['body'][]): ReviewFile => ({
  format: 'dpe-review-file',
  version: 1,
  sessionId: SESSION,
  reviewer: { id, name },
  entries: bodies.map((b, i) => entry(i, b)),
});
const action = { kind: 'action', action: { kind: 'override-dimension', dimensionId: SQL!, rating: 4, note: 'Strong joins' }, from: 3, to: 4 } as const;

describe('spread and disagreement', () => {
  it('is max minus min of the ratings given, flags two levels or more, and ignores dimensions without evidence', () => {
    expect(spreadOf([2, 4, 3])).toEqual({ spread: 2, disagreement: true });
    expect(spreadOf([3, 4])).toEqual({ spread: 1, disagreement: false });
    expect(spreadOf([4.3, 2.3])).toEqual({ spread: 2, disagreement: true });
    expect(spreadOf([null, 5, null])).toEqual({ spread: 0, disagreement: false });
    expect(spreadOf([null, null])).toEqual({ spread: null, disagreement: false });
  });
});

describe('panel view', () => {
  const rita = file(RITA, 'Rita', [action, submit(4, 2, 'hire', 'Careful with data, slow on Python.', 'RITA-NOTE on joins')]);
  const sam = file(SAM, 'Sam', [submit(2, 2, 'no-hire', 'Missed the duplicate rows entirely.')]);

  it('is blind for a reviewer who has not submitted: who submitted and when, nothing of what they said', () => {
    const nia = file(NIA, 'Nia', [action]);
    const view = panelView({ sessionId: SESSION, viewerId: NIA, files: [rita, sam, nia], dimensions: dims, conflicts: [] });
    expect(view.state).toBe('blind');
    expect(view.reviewers.map((r) => [r.name, r.submitted])).toEqual([
      ['Rita', true],
      ['Sam', true],
      ['Nia', false],
    ]);
    expect(view).toMatchObject({ dimensions: [], submissions: [], decision: null, decisionHistory: [] });
    const sent = JSON.stringify(view);
    for (const secret of ['RITA-NOTE', 'Careful with data', 'no-hire', 'hire']) expect(sent).not.toContain(secret);
  });

  it('opens after the viewer submits: ratings per dimension, spread, and a disagreement of two levels', () => {
    const view = panelView({ sessionId: SESSION, viewerId: SAM, files: [rita, sam], dimensions: dims, conflicts: [] });
    expect(view.state).toBe('open');
    const sql = view.dimensions.find((d) => d.dimensionId === SQL)!;
    expect(sql.ratings).toEqual([
      { reviewerId: RITA, rating: 4, note: 'RITA-NOTE on joins' },
      { reviewerId: SAM, rating: 2, note: '' },
    ]);
    expect(sql).toMatchObject({ spread: 2, disagreement: true, title: dims[0]!.title });
    expect(view.dimensions.find((d) => d.dimensionId === PY)).toMatchObject({ spread: 0, disagreement: false });
    expect(view.submissions.map((s) => [s.name, s.recommendation])).toEqual([
      ['Rita', 'hire'],
      ['Sam', 'no-hire'],
    ]);
  });

  it('shows the latest submission of a reviewer who revised, and marks them revised', () => {
    const revised = file(RITA, 'Rita', [submit(4, 2, 'hire', 'First take on the session.'), submit(3, 2, 'no-hire', 'After the panel: agree on duplicates.')]);
    const view = panelView({ sessionId: SESSION, viewerId: SAM, files: [revised, sam], dimensions: dims, conflicts: [] });
    expect(view.reviewers.find((r) => r.id === RITA)).toMatchObject({ submitted: true, revised: true, submittedAt: revised.entries[1]!.at });
    expect(view.submissions.find((s) => s.reviewerId === RITA)?.summary).toBe('After the panel: agree on duplicates.');
    expect(view.dimensions.find((d) => d.dimensionId === SQL)).toMatchObject({ spread: 1, disagreement: false });
  });

  it('takes the latest decision by time, keeps the history, and says so when two leads disagree', () => {
    const ritaDecides = file(RITA, 'Rita', [submit(4, 2, 'hire', 'Careful with data.'), { kind: 'decision', decision: 'hire', rationale: 'Data skills outweigh the gaps.' }]);
    const samDecides = file(SAM, 'Sam', [submit(2, 2, 'no-hire', 'Missed duplicates.'), { kind: 'decision', decision: 'no-hire', rationale: 'Duplicates are the job.' }]);
    const view = panelView({ sessionId: SESSION, viewerId: RITA, files: [ritaDecides, samDecides], dimensions: dims, conflicts: [] });
    expect(view.decisionHistory.map((d) => [d.by, d.decision])).toEqual([
      ['Rita', 'hire'],
      ['Sam', 'no-hire'],
    ]);
    expect(view.decision).toMatchObject({ by: 'Sam', decision: 'no-hire' });
    expect(view.decisionConflict).toMatch(/^The panel leads' latest decisions differ \(Rita: Hire .*; Sam: No hire .*\)/);
    const agreed = file(SAM, 'Sam', [submit(2, 2, 'no-hire', 'Missed duplicates.'), { kind: 'decision', decision: 'hire', rationale: 'Agreed with Rita in the panel.' }]);
    expect(panelView({ sessionId: SESSION, viewerId: RITA, files: [ritaDecides, agreed], dimensions: dims, conflicts: [] }).decisionConflict).toBeNull();
  });
});

describe('panel columns of the session list', () => {
  it('say none, draft or submitted for the viewer, count submissions, and hide decision and disagreements while blind', () => {
    const rita = file(RITA, 'Rita', [submit(4, 2, 'hire', 'Careful with data.'), { kind: 'decision', decision: 'hire', rationale: 'Data skills outweigh the gaps.' }]);
    const sam = file(SAM, 'Sam', [submit(2, 2, 'no-hire', 'Missed duplicates.')]);
    const nia = file(NIA, 'Nia', [action]);
    const files = [rita, sam, nia];
    expect(panelSummary({ sessionId: SESSION, viewerId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', files, dimensions: dims })).toEqual({ myReview: 'none', submittedCount: 2, decision: null, disagreements: null });
    expect(panelSummary({ sessionId: SESSION, viewerId: NIA, files, dimensions: dims })).toEqual({ myReview: 'draft', submittedCount: 2, decision: null, disagreements: null });
    expect(panelSummary({ sessionId: SESSION, viewerId: SAM, files, dimensions: dims })).toEqual({ myReview: 'submitted', submittedCount: 2, decision: 'hire', disagreements: 1 });
  });
});
