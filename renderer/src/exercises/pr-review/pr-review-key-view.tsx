// Renderer (reviewer): the candidate's review as the author saw it (threads on the code) beside the seeded-issue key
// as the grade's evidence states it: found, missed and false alarms, each with the comment that matched.
// Registered as the part's GradeView: the reviewer's Answers tab shows it under the PR-review answer once graded.
import { useMemo } from 'react';
import type { ExerciseGrade } from '../../../../contract/scoring';
import { emptyReview, findingKind, getPrVariant, parseLocation, PrReviewAnswerSchema, type FindingKind, type PrReviewAnswer } from '../../../../exercises/pr-review';
import { AnnotatedCode, type LineMark } from './annotated-code';
import './pr-review.css';

export interface PrReviewKeyViewProps {
  variantId: string;
  /** The review state; the Answers tab passes it as `unknown` after the definition's schema accepted it. */
  answer: PrReviewAnswer | unknown;
  grade: ExerciseGrade;
}

interface Finding {
  kind: FindingKind;
  label: string;
  detail: string;
  file: string;
  startLine: number;
  endLine: number;
}

const HEADINGS: Array<[FindingKind, string]> = [['found', 'Found'], ['missed', 'Missed'], ['false-alarm', 'False alarms']];

export function findingsFromGrade(grade: ExerciseGrade): Finding[] {
  return grade.criteria.flatMap((c) =>
    c.evidence.flatMap((e) => {
      const kind = findingKind(e.label);
      const loc = parseLocation(e.detail?.split(' — ')[0]);
      return kind && kind !== 'useful' && loc ? [{ kind, label: e.label, detail: e.detail ?? '', file: loc.file, startLine: loc.startLine, endLine: loc.endLine }] : [];
    }),
  );
}

export default function PrReviewKeyView({ variantId, answer: raw, grade }: PrReviewKeyViewProps) {
  const pr = useMemo(() => getPrVariant(variantId), [variantId]);
  const parsed = PrReviewAnswerSchema.safeParse(raw);
  const answer = parsed.success ? parsed.data : emptyReview();
  const findings = useMemo(() => findingsFromGrade(grade), [grade]);
  return (
    <div className="pr-key-view" data-testid="pr-review-key-view">
      <div className="pr-key-code">
        {pr.files.map((f) => {
          // A whole-file anchor (missing tests) is listed beside the code, not painted over it.
          const marks: LineMark[] = findings.filter((x) => x.file === f.path && x.kind !== 'false-alarm' && x.endLine - x.startLine <= 10).map((x) => ({ startLine: x.startLine, endLine: x.endLine, tone: x.kind as LineMark['tone'], label: x.label }));
          return <AnnotatedCode key={f.path} file={f} comments={answer.comments.filter((c) => c.file === f.path)} marks={marks} />;
        })}
      </div>
      <aside className="pr-key-lists" aria-label="Seeded issues">
        {HEADINGS.map(([kind, heading]) => {
          const items = findings.filter((x) => x.kind === kind);
          return (
            <section key={kind} aria-labelledby={`key-${kind}`}>
              <h3 id={`key-${kind}`}>{heading} <span className="pill">{items.length}</span></h3>
              <ul data-testid={`key-${kind}`}>
                {items.map((x) => <li key={`${x.label}-${x.detail}`} className={`pr-key-item mark-${kind}`}><strong>{x.label}</strong><br /><span className="muted">{x.detail}</span></li>)}
              </ul>
            </section>
          );
        })}
      </aside>
    </div>
  );
}
