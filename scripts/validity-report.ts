// `npm run grade -- --validity` (Node): grades every reference answer of every registered rubric and reports whether
// the grader ranks quality as intended (Spearman per exercise), treats variants alike, and raises exactly the red flags.
import type { ExerciseGrade } from '../contract/scoring';
import { openGradingResources } from '../rubrics/grade-session';
import { EXERCISE_RUBRICS } from '../rubrics/registry';
import type { ExerciseRubric, GradingResources, ReferenceAnswer, ReferenceLevel } from '../rubrics/kit/rubric-module';
import { allCriterionDefinitions, buildScorecard, loadDefaultScorecard } from '../rubrics/scorecard';

export const VALIDITY_GOALS = { spearman: 0.9, spread: 5, missedRedFlags: 0, falseRedFlags: 0 } as const;

/** Best first; the starter is graded elsewhere (content tests) and is not a quality level. */
export const QUALITY_LEVELS = ['strong', 'adequate', 'weak', 'red-flag'] as const satisfies readonly ReferenceLevel[];
type QualityLevel = (typeof QUALITY_LEVELS)[number];

export interface GradedReference {
  exerciseId: string;
  variantId: string;
  level: QualityLevel;
  description: string;
  /** The overall auto score (0..100) of a scorecard built from this one grade, red-flag caps included. */
  score: number;
  expectedRedFlags: string[];
  raisedRedFlags: string[];
  error?: string;
}

export interface ExerciseValidity {
  exerciseId: string;
  references: GradedReference[];
  spearman: number | null;
  /** Per level: highest minus lowest score across variants. */
  spread: Partial<Record<QualityLevel, number>>;
  missedRedFlags: { variantId: string; level: QualityLevel; signalId: string }[];
  falseRedFlags: { variantId: string; level: QualityLevel; signalId: string }[];
  /** Goals this exercise misses, in words; empty when it meets them all. */
  failures: string[];
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho with average ranks for ties (Pearson correlation of the ranks); null when either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my);
    dx += (rx[i]! - mx) ** 2;
    dy += (ry[i]! - my) ** 2;
  }
  return dx === 0 || dy === 0 ? null : num / Math.sqrt(dx * dy);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreOf(grade: ExerciseGrade): number {
  return buildScorecard(loadDefaultScorecard(), [grade], [], allCriterionDefinitions()).overall.autoScore ?? 0;
}

export function summarise(exerciseId: string, references: GradedReference[]): ExerciseValidity {
  const levelValue = (l: QualityLevel) => QUALITY_LEVELS.length - QUALITY_LEVELS.indexOf(l);
  const rho = spearman(references.map((r) => levelValue(r.level)), references.map((r) => r.score));
  const spread: ExerciseValidity['spread'] = {};
  for (const level of QUALITY_LEVELS) {
    const scores = references.filter((r) => r.level === level).map((r) => r.score);
    if (scores.length > 1) spread[level] = round1(Math.max(...scores) - Math.min(...scores));
  }
  const missedRedFlags = references.flatMap((r) => r.expectedRedFlags.filter((s) => !r.raisedRedFlags.includes(s)).map((signalId) => ({ variantId: r.variantId, level: r.level, signalId })));
  const falseRedFlags = references.flatMap((r) => r.raisedRedFlags.filter((s) => !r.expectedRedFlags.includes(s)).map((signalId) => ({ variantId: r.variantId, level: r.level, signalId })));
  const failures: string[] = [];
  if (rho === null || rho < VALIDITY_GOALS.spearman) failures.push(`Spearman ${rho === null ? 'undefined' : rho.toFixed(2)} < ${VALIDITY_GOALS.spearman}`);
  for (const [level, s] of Object.entries(spread)) if (s > VALIDITY_GOALS.spread) failures.push(`${level} spread ${s} > ${VALIDITY_GOALS.spread}`);
  if (missedRedFlags.length > 0) failures.push(`${missedRedFlags.length} red flag(s) missed`);
  if (falseRedFlags.length > 0) failures.push(`${falseRedFlags.length} false red flag(s)`);
  for (const r of references) if (r.error) failures.push(`${r.variantId} ${r.level}: grading failed (${r.error})`);
  return { exerciseId, references, spearman: rho === null ? null : Math.round(rho * 100) / 100, spread, missedRedFlags, falseRedFlags, failures };
}

function isQuality(r: ReferenceAnswer): r is ReferenceAnswer & { level: QualityLevel } {
  return (QUALITY_LEVELS as readonly string[]).includes(r.level);
}

/** Grades one exercise's references; an exercise without references at the four levels yields null (reported, not failed). */
export async function exerciseValidity(rubric: ExerciseRubric, resources: GradingResources): Promise<ExerciseValidity | null> {
  const refs = rubric.referenceAnswers().filter(isQuality);
  if (!QUALITY_LEVELS.every((l) => refs.some((r) => r.level === l))) return null;
  const graded: GradedReference[] = [];
  for (const ref of refs) {
    const grade = await rubric.grade({ answer: ref.answer, events: ref.events ?? [], variantId: ref.variantId, resources });
    graded.push({
      exerciseId: rubric.exerciseId,
      variantId: ref.variantId,
      level: ref.level,
      description: ref.description,
      score: round1(scoreOf(grade)),
      expectedRedFlags: [...(ref.expectedRedFlags ?? [])],
      raisedRedFlags: [...new Set(grade.signals.filter((s) => s.kind === 'red-flag').map((s) => s.signalId))],
      ...(grade.error ? { error: grade.error } : {}),
    });
  }
  return summarise(rubric.exerciseId, graded);
}

export function formatValidity(results: readonly ExerciseValidity[], skipped: readonly string[]): string {
  const lines = [`Grading validity (goals: Spearman ≥ ${VALIDITY_GOALS.spearman}, spread ≤ ${VALIDITY_GOALS.spread} points, 0 red flags missed, 0 false)`];
  for (const r of results) {
    lines.push('', `${r.exerciseId}: Spearman ${r.spearman ?? '—'}  ${r.failures.length === 0 ? 'meets every goal' : `MISSES: ${r.failures.join('; ')}`}`);
    const variants = [...new Set(r.references.map((x) => x.variantId))];
    const width = Math.max(...variants.map((v) => v.length), 8);
    lines.push(`  ${'variant'.padEnd(width)}  ${QUALITY_LEVELS.map((l) => l.padStart(9)).join('')}`);
    for (const v of variants) {
      const cells = QUALITY_LEVELS.map((l) => {
        const ref = r.references.find((x) => x.variantId === v && x.level === l);
        return (ref ? ref.score.toFixed(1) : '—').padStart(9);
      });
      lines.push(`  ${v.padEnd(width)}  ${cells.join('')}`);
    }
    lines.push(`  ${'spread'.padEnd(width)}  ${QUALITY_LEVELS.map((l) => (r.spread[l] === undefined ? '—' : r.spread[l]!.toFixed(1)).padStart(9)).join('')}`);
    const expected = r.references.reduce((n, x) => n + x.expectedRedFlags.length, 0);
    lines.push(`  red flags: ${expected} expected, ${r.missedRedFlags.length} missed, ${r.falseRedFlags.length} false`);
    for (const m of r.missedRedFlags) lines.push(`    missed ${m.signalId} (${m.variantId}, ${m.level})`);
    for (const f of r.falseRedFlags) lines.push(`    false  ${f.signalId} (${f.variantId}, ${f.level})`);
  }
  for (const id of skipped) lines.push('', `${id}: no reference answers at the four levels yet, not assessed`);
  return lines.join('\n');
}

/** Runs the report over the given rubrics; returns the exit code (1 when any goal is missed). */
export async function runValidityReport(rubrics: readonly ExerciseRubric[], resources: GradingResources, options: { json?: boolean } = {}): Promise<number> {
  const results: ExerciseValidity[] = [];
  const skipped: string[] = [];
  for (const rubric of rubrics) {
    const result = await exerciseValidity(rubric, resources);
    if (result) results.push(result);
    else skipped.push(rubric.exerciseId);
  }
  console.log(options.json ? JSON.stringify({ goals: VALIDITY_GOALS, results, skipped }, null, 2) : formatValidity(results, skipped));
  return results.some((r) => r.failures.length > 0) || results.length === 0 ? 1 : 0;
}

/** `npm run grade -- --validity [--json]`: every registered rubric, with the resources they declare. */
export async function validityMain(options: { json?: boolean } = {}): Promise<number> {
  const resources = openGradingResources();
  try {
    return await runValidityReport(EXERCISE_RUBRICS, resources, options);
  } finally {
    await resources.close();
  }
}
