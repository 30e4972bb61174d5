// Grading CLI (Node): the plain-text table of criterion results and signals, then the scorecard's dimensions and overall.
import type { ScorecardResult } from '../contract/review';
import type { ExerciseGrade } from '../contract/scoring';

const score = (s: number | null, unverified = false) => (s === null ? ' awaits reviewer' : `${s.toFixed(2).padStart(5)}${unverified ? ' (unverified)' : ''}`);

/** `unverified`: the session file failed its integrity check and was graded only on request; every figure says so. */
export interface FormatOptions {
  unverified?: boolean;
}

export function formatGradeTable(heading: string, grades: ExerciseGrade[], options: FormatOptions = {}): string {
  const lines = [`\n${heading}`];
  for (const grade of grades) {
    lines.push(`  ${grade.exerciseId} · variant ${grade.variantId}${grade.error ? `  (not gradable: ${grade.error})` : ''}`);
    const width = Math.max(...grade.criteria.map((c) => c.criterionId.length), 10);
    for (const c of grade.criteria) {
      const evidence = c.evidence[0];
      const detail = evidence ? `${evidence.label}${evidence.detail ? `: ${evidence.detail.split('\n')[0]!.slice(0, 90)}` : ''}` : '';
      lines.push(`    ${c.criterionId.padEnd(width)}  ${score(c.score, options.unverified)}  ${detail}`);
    }
    for (const s of grade.signals) lines.push(`    [${s.kind}] ${s.title}${s.evidence[0] ? ` (${s.evidence[0].label})` : ''}`);
  }
  return lines.join('\n');
}

const rating = (r: number | null, unverified = false) => (r === null ? '' : `${r.toFixed(1)} / 5${unverified ? ' (unverified)' : ''}`);

/** The scorecard as the rubrics see it (auto): no reviewer ratings or overrides exist at grading time. */
export function formatScorecard(card: ScorecardResult, options: FormatOptions = {}): string {
  const width = Math.max(...card.dimensions.map((d) => d.title.length));
  const lines = ['  Scorecard (auto ratings, 1-5)'];
  for (const d of card.dimensions) {
    const pending = d.pendingCriterionIds.length;
    const status = d.autoRating !== null ? rating(d.autoRating, options.unverified) : pending > 0 ? `awaits reviewer (${pending} rating${pending === 1 ? '' : 's'})` : 'no evidence';
    const extra = d.autoRating !== null && pending > 0 ? `  + ${pending} awaiting reviewer` : '';
    lines.push(`    ${d.title.padEnd(width)}  ${String(d.weight).padStart(3)}  ${status}${extra}`);
  }
  const covered = card.dimensions.reduce((sum, d) => sum + (d.autoRating === null ? 0 : d.weight), 0);
  const total = card.dimensions.reduce((sum, d) => sum + d.weight, 0);
  lines.push(
    card.overall.autoScore === null
      ? '  Overall (auto): no evidence yet'
      : `  Overall (auto): ${card.overall.autoScore.toFixed(1)} / 100${options.unverified ? ' (UNVERIFIED)' : ''}, covering ${covered} of ${total} weight points${covered < total ? ' (dimensions without evidence are left out)' : ''}`,
  );
  const count = (kind: string) => card.signals.filter((s) => s.kind === kind).length;
  lines.push(`  Signals: ${count('strong')} strong, ${count('weak')} weak, ${count('red-flag')} red flag${count('red-flag') === 1 ? '' : 's'}`);
  return lines.join('\n');
}
