// Grading CLI (Node): the plain-text table of criterion results and signals.
import type { ExerciseGrade } from '../electron/contract/scoring';

const score = (s: number | null) => (s === null ? ' awaits reviewer' : s.toFixed(2).padStart(5));

export function formatGradeTable(heading: string, grades: ExerciseGrade[]): string {
  const lines = [`\n${heading}`];
  for (const grade of grades) {
    lines.push(`  ${grade.exerciseId} · variant ${grade.variantId}${grade.error ? `  (not gradable: ${grade.error})` : ''}`);
    const width = Math.max(...grade.criteria.map((c) => c.criterionId.length), 10);
    for (const c of grade.criteria) {
      const evidence = c.evidence[0];
      const detail = evidence ? `${evidence.label}${evidence.detail ? `: ${evidence.detail.split('\n')[0]!.slice(0, 90)}` : ''}` : '';
      lines.push(`    ${c.criterionId.padEnd(width)}  ${score(c.score)}  ${detail}`);
    }
    for (const s of grade.signals) lines.push(`    [${s.kind}] ${s.title}${s.evidence[0] ? ` (${s.evidence[0].label})` : ''}`);
  }
  return lines.join('\n');
}
