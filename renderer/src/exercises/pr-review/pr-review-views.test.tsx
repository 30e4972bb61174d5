// Unit tests (renderer, server-rendered): the reviewer's replay shows the review as it stood at a step, and the key
// view puts found, missed and false-alarm items from a grade's evidence beside the threads.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ExerciseGrade } from '../../../../contract/scoring';
import type { SessionEvent } from '../../../../contract/session';
import { foldReviewActions, formatLocation, type PrReviewAction } from '../../../../exercises/pr-review';
import PrReviewKeyView, { findingsFromGrade } from './pr-review-key-view';
import PrReviewReplay from './pr-review-replay';

const actions: PrReviewAction[] = [
  { kind: 'comment-added', commentId: 'c1', file: 'config/partner_export.yaml', startLine: 14, endLine: 14, category: 'security', severity: 'blocker', text: 'Password committed to git.' },
  { kind: 'comment-added', commentId: 'c2', file: 'dags/partner_orders_export.py', startLine: 21, endLine: 21, category: 'reliability', severity: 'minor', text: 'Why is catchup off?' },
  { kind: 'review-submitted', verdict: 'request-changes', summary: 'Secret first.' },
];
const events = actions.map((data, i) => ({ seq: i + 5, at: '2026-11-24T10:00:00.000Z', type: 'action', exerciseId: 'pr-review', data, hash: '0'.repeat(64) })) as unknown as SessionEvent[];

describe('the reviewer views', () => {
  it('replays the review as it stood after a given event', () => {
    const early = renderToStaticMarkup(<PrReviewReplay variantId="partner-orders-export" events={events} atSeq={5} />);
    expect(early).toContain('Password committed to git.');
    expect(early).not.toContain('Why is catchup off?');
    expect(early).toContain('not submitted');
    const late = renderToStaticMarkup(<PrReviewReplay variantId="partner-orders-export" events={events} atSeq={99} />);
    expect(late).toContain('Why is catchup off?');
    expect(late).toContain('Request changes');
  });

  it('reads found, missed and false alarms from the grade evidence', () => {
    const grade: ExerciseGrade = {
      exerciseId: 'pr-review', variantId: 'partner-orders-export', signals: [],
      criteria: [{
        criterionId: 'pr-review.found.security', exerciseId: 'pr-review', title: 'x', score: 0.4, source: 'auto',
        evidence: [
          { kind: 'code-line', label: 'Found: Committed password (blocker)', detail: `${formatLocation({ file: 'config/partner_export.yaml', startLine: 14, endLine: 14, commentIds: ['c1'] })} — security/blocker: “…”`, passed: true },
          { kind: 'code-line', label: 'Missed: Rows logged (major)', detail: formatLocation({ file: 'pipelines/partner_export/export_orders.py', startLine: 31, endLine: 31, commentIds: [] }), passed: false },
          { kind: 'text-match', label: 'False alarm: c2 reliability/minor', detail: formatLocation({ file: 'dags/partner_orders_export.py', startLine: 21, endLine: 21, commentIds: ['c2'] }), passed: false },
          { kind: 'note', label: 'Severity-weighted recall 4/10' },
        ],
      }],
    };
    expect(findingsFromGrade(grade).map((f) => [f.kind, f.file, f.startLine])).toEqual([
      ['found', 'config/partner_export.yaml', 14], ['missed', 'pipelines/partner_export/export_orders.py', 31], ['false-alarm', 'dags/partner_orders_export.py', 21],
    ]);
    const html = renderToStaticMarkup(<PrReviewKeyView variantId="partner-orders-export" answer={foldReviewActions(actions)} grade={grade} />);
    expect(html).toContain('Missed: Rows logged (major)');
    expect(html).toMatch(/pr-code-line[^"]*mark-missed/);
  });
});
