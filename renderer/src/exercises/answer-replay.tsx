// Renderer: the default replay of an exercise: its last autosaved answer at that moment (the starter before the
// first save), shown through the definition's describeAnswer. Exercises graded from an action log bring their own.
import { exerciseDefinition } from '../../../assessment/exercise-registry';
import type { ExerciseId } from '../../../contract/exercise-ids';
import { answerAtSeq } from '../reviewer/session-view/replay-model';
import { AnswerSections } from './answer-sections';
import type { ExerciseReplayProps } from './exercise-screen';

export function AnswerReplay({ exerciseId, variantId, events, atSeq }: ExerciseReplayProps & { exerciseId: ExerciseId }) {
  const definition = exerciseDefinition(exerciseId);
  const saved = answerAtSeq(events, atSeq);
  const parsed = definition.answerSchema.safeParse(saved ?? definition.starterAnswer(variantId));
  if (!parsed.success) return <p className="muted">The answer saved at this moment is not in the expected shape, so it cannot be shown.</p>;
  return (
    <>
      <p className="muted small-text">{saved === undefined ? 'Not edited yet at this moment: the starter.' : 'As last saved at this moment.'}</p>
      <AnswerSections sections={definition.describeAnswer(parsed.data, variantId)} context="as it was at this moment" testId="replay-editor" />
    </>
  );
}
