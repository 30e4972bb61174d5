// Renderer: each exercise's final answer as its definition describes it (code as a diff against its starter), plus the closing
// reflection.
import { findExerciseDefinition } from '../../../../assessment/exercise-registry';
import type { Session } from '../../../../contract/session';
import type { SessionReview } from '../../../../contract/review';
import { ReviewerAnswerSections } from './reviewer-answer-sections';
import { findExercisePart } from '../../exercises/registry';
import { Suspense } from 'react';

function ExerciseAnswer({ session, exerciseId, variantId, review }: { session: Session; exerciseId: string; variantId: string; review: SessionReview | null }) {
  const definition = findExerciseDefinition(exerciseId);
  const saved = session.answers[exerciseId];
  if (!definition) return <p className="muted">This version of the app does not know this exercise, so its answer cannot be shown.</p>;
  if (saved === undefined) return <p className="muted">No answer saved (not attempted).</p>;
  const parsed = definition.answerSchema.safeParse(saved);
  if (!parsed.success) return <p className="muted">The saved answer is not in the expected shape, so it cannot be shown.</p>;
  const GradeView = findExercisePart(exerciseId)?.GradeView;
  const grade = review?.grades.find((g) => g.exerciseId === exerciseId);
  return (
    <>
      <ReviewerAnswerSections sections={definition.describeAnswer(parsed.data, variantId)} context="final answer" />
      {GradeView && grade && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <GradeView variantId={variantId} answer={parsed.data} grade={grade} />
        </Suspense>
      )}
    </>
  );
}

export function AnswersPanel({ session, review = null }: { session: Session; review?: SessionReview | null }) {
  return (
    <div className="answers" data-testid="answers">
      {session.plan.exercises.map(({ exerciseId, variantId }) => (
        <section key={exerciseId} aria-labelledby={`answer-${exerciseId}`}>
          <h2 id={`answer-${exerciseId}`}>
            {findExerciseDefinition(exerciseId)?.title ?? exerciseId} <span className="muted small-text">variant {variantId}</span>
          </h2>
          <ExerciseAnswer session={session} exerciseId={exerciseId} variantId={variantId ?? ''} review={review} />
        </section>
      ))}
      <section aria-labelledby="answer-reflection">
        <h2 id="answer-reflection">Closing reflection</h2>
        <pre className="answer-text">{session.reflection?.trim() || '(left empty)'}</pre>
      </section>
    </div>
  );
}
