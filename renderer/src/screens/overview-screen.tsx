// Renderer: the map of the assessment: every exercise, its time budget, and where the candidate stands.
import { plannableExercises } from '../../../assessment/exercise-registry';
import { exerciseBudgetMs, exerciseRemainingMs, formatClock } from '../../../assessment/assessment-timing';
import { useSessionState } from '../state/session-state';
import { findExercisePart } from '../exercises/registry';

export function OverviewScreen() {
  const session = useSessionState((s) => s.session)!;
  const elapsedMs = useSessionState((s) => s.elapsedMs);
  const answers = useSessionState((s) => s.answers);
  const plan = session.plan;
  const inPlan = (id: string) => plan.exercises.find((e) => e.exerciseId === id);
  // Every finished exercise, in registry order; one this plan leaves out is shown greyed, so the candidate knows why.
  const ordered = plannableExercises();

  return (
    <div className="overview">
      <h1>Hello {session.candidateName}</h1>
      <p className="lead">
        Start with the practice question to get used to the editor, then take the exercises in any order. Use the tabs above or
        Alt+1…{plan.exercises.length} to move between them; Alt+0 brings you back here.
      </p>
      <ul className="exercise-cards">
        {ordered.map((info) => {
          const planned = inPlan(info.exerciseId);
          const spent = elapsedMs[info.exerciseId] ?? 0;
          const status = !planned ? 'Not part of this assessment' : answers[info.exerciseId] !== undefined ? 'Answer saved' : spent > 0 ? 'Opened' : 'Not started';
          return (
            <li key={info.exerciseId} className={planned ? 'exercise-card' : 'exercise-card disabled'} data-testid={`overview-${info.exerciseId}`}>
              <div className="exercise-card-head">
                <h2>{info.title}</h2>
                {planned && <span className="budget">{formatClock(exerciseBudgetMs(plan, info.exerciseId))}</span>}
              </div>
              <p>{info.summary}</p>
              {planned && <ExerciseStatus exerciseId={info.exerciseId} variantId={planned.variantId ?? ''} />}
              <div className="exercise-card-foot">
                <span className="muted">
                  {status}
                  {planned && spent > 0 && <> · {formatClock(exerciseRemainingMs(plan, elapsedMs, info.exerciseId))} left</>}
                </span>
                {planned && (
                  <button type="button" className="secondary" onClick={() => useSessionState.getState().navigate(info.exerciseId)}>
                    {spent > 0 ? 'Continue' : 'Open'}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ExerciseStatus({ exerciseId, variantId }: { exerciseId: string; variantId: string }) {
  const Status = findExercisePart(exerciseId)?.OverviewStatus;
  return Status ? <Status variantId={variantId} /> : null;
}
