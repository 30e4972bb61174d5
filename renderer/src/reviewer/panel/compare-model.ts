// Renderer (pure): candidates side by side (per dimension and overall, sortable) and the applicant-tracking exports
// (CSV and JSON of every score), built from the scorecards the reviewer already has.
import type { SessionSummary } from '../../../../contract/host-api';
import { integrityTone, type IntegrityTone } from '../integrity-tone';
import type { ScorecardResult, SessionReview } from '../../../../contract/review';
import type { PanelView } from './panel-contract';
import { decisionLabel } from './panel-text';

export interface ComparedCandidate {
  summary: SessionSummary;
  scorecard: ScorecardResult;
  review: SessionReview | null;
  /** The panel as this reviewer may see it (blind: no ratings, decision or summaries of others). */
  panel: PanelView | null;
}

export interface CompareRow {
  sessionId: string;
  candidateName: string;
  variants: string;
  overall: number | null;
  coveredWeight: number;
  /** dimensionId → final rating 1–5 (null: no evidence). */
  ratings: Record<string, number | null>;
  redFlags: Array<{ title: string; cleared: boolean }>;
  integrity: string;
  integrityOk: boolean;
  integrityTone: IntegrityTone;
  /** Reviewer notes from the audit trail, then the panel's submitted summaries, oldest first. */
  notes: Array<{ reviewer: string; at: string; note: string }>;
  /** The panel's decision (label) and its rationale; null while none is recorded or the reader is blind. */
  decision: { label: string; rationale: string; by: string; at: string } | null;
  /** Each reviewer's latest recommendation, once the reader may see them. */
  recommendations: Array<{ reviewer: string; label: string }>;
}

export type CompareSort = { key: 'overall' | 'candidate' | string; descending: boolean };

export function compareRow(c: ComparedCandidate, integrity: string): CompareRow {
  return {
    sessionId: c.summary.sessionId,
    candidateName: c.summary.candidateName,
    variants: c.summary.variants.map((v) => `${v.exerciseId}:${v.variantId}`).join(' '),
    overall: c.scorecard.overall.finalScore === null ? null : Math.round(c.scorecard.overall.finalScore),
    coveredWeight: c.scorecard.overall.coveredWeight,
    ratings: Object.fromEntries(c.scorecard.dimensions.map((d) => [d.dimensionId, d.finalRating])),
    redFlags: (c.scorecard.redFlags ?? []).map((f) => ({ title: f.title, cleared: f.cleared !== null })),
    integrity,
    integrityOk: c.summary.integrity.ok,
    integrityTone: integrityTone(c.summary.integrity),
    notes: [
      ...(c.review?.audit ?? []).map((a) => ({ reviewer: a.reviewer, at: a.at, note: a.action.note })),
      ...(c.panel?.submissions ?? []).map((s) => ({ reviewer: s.name, at: s.at, note: `Summary: ${s.summary}` })),
    ],
    decision: c.panel?.decision ? { label: decisionLabel(c.panel.decision.decision), rationale: c.panel.decision.rationale, by: c.panel.decision.by, at: c.panel.decision.at } : null,
    recommendations: latestRecommendations(c.panel),
  };
}

function latestRecommendations(panel: PanelView | null): CompareRow['recommendations'] {
  const latest = new Map<string, string>();
  for (const s of [...(panel?.submissions ?? [])].sort((a, b) => a.at.localeCompare(b.at))) latest.set(s.name, decisionLabel(s.recommendation));
  return [...latest].map(([reviewer, label]) => ({ reviewer, label }));
}

/** Sorted copy: missing values always last, ties by candidate name. */
export function sortRows(rows: readonly CompareRow[], sort: CompareSort): CompareRow[] {
  const value = (r: CompareRow): number | string | null => (sort.key === 'overall' ? r.overall : sort.key === 'candidate' ? r.candidateName : (r.ratings[sort.key] ?? null));
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.candidateName.localeCompare(b.candidateName) : va === null ? 1 : -1;
    const order = typeof va === 'string' ? va.localeCompare(String(vb)) : va - (vb as number);
    return (sort.descending ? -order : order) || a.candidateName.localeCompare(b.candidateName);
  });
}

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a candidate's name as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function scoresCsv(rows: readonly CompareRow[], dimensions: ReadonlyArray<{ dimensionId: string; title: string }>): string {
  const header = ['session_id', 'candidate', 'variants', 'overall_0_100', 'covered_weight', ...dimensions.map((d) => `${d.dimensionId}_1_5`), 'red_flags_open', 'integrity', 'decision', 'decision_rationale', 'recommendations'];
  const lines = rows.map((r) =>
    [r.sessionId, r.candidateName, r.variants, r.overall, r.coveredWeight, ...dimensions.map((d) => r.ratings[d.dimensionId] ?? null), r.redFlags.filter((f) => !f.cleared).length, r.integrity, r.decision?.label ?? null, r.decision?.rationale ?? null, r.recommendations.map((x) => `${x.reviewer}: ${x.label}`).join('; ') || null].map(csvCell).join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export function scoresJson(rows: readonly CompareRow[], dimensions: ReadonlyArray<{ dimensionId: string; title: string }>, exportedAt: string): string {
  return JSON.stringify(
    {
      format: 'dpe-scores',
      version: 1,
      exportedAt,
      scales: { overall: '0-100', dimensions: '1-5', decision: ['Strong hire', 'Hire', 'No hire', 'Strong no hire'] },
      dimensions,
      candidates: rows.map((r) => ({
        sessionId: r.sessionId,
        candidateName: r.candidateName,
        variants: r.variants.split(' ').filter(Boolean),
        overall: r.overall,
        coveredWeight: r.coveredWeight,
        dimensions: r.ratings,
        redFlags: r.redFlags,
        integrity: { ok: r.integrityOk, label: r.integrity },
        decision: r.decision,
        recommendations: r.recommendations,
      })),
    },
    null,
    2,
  );
}
