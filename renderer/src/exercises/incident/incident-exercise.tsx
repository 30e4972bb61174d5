// Renderer: the pipeline-incident exercise screen: the briefing, the control room driven by the candidate's actions
// (each one an `action` event), and the post-incident review (the autosaved answer).
import { useMemo } from 'react';
import { EMPTY_WRITE_UP, getIncidentScenario, IncidentAnswerSchema, type IncidentAnswer } from '../../../../exercises/incident';
import { useSessionState } from '../../state/session-state';
import type { ExerciseScreenProps } from '../exercise-screen';
import { ControlRoom } from './control-room';
import { actOnIncident, useIncidentWorld } from './incident-log';
import { WriteUp } from './write-up';

export default function IncidentExercise({ variantId }: ExerciseScreenProps) {
  const scenario = useMemo(() => getIncidentScenario(variantId), [variantId]);
  const state = useIncidentWorld(variantId);
  const saved = useSessionState((s) => s.answers.incident);
  const answer: IncidentAnswer = useMemo(() => {
    const parsed = IncidentAnswerSchema.safeParse(saved);
    return parsed.success ? parsed.data : EMPTY_WRITE_UP;
  }, [saved]);
  return (
    <div className="exercise incident-exercise" data-testid="incident-exercise">
      <div className="exercise-head inc-brief">
        <h1>Pipeline incident: {scenario.reportName} due at {scenario.deadline}</h1>
      </div>
      <details className="inc-briefing" open={state.seq === 0}>
        <summary>Briefing</summary>
        <p><strong>{scenario.briefing.headline}</strong></p>
        <p>{scenario.briefing.body}</p>
      </details>
      <ControlRoom scenario={scenario} state={state} onAct={actOnIncident} />
      <WriteUp
        answer={answer}
        onChange={(next) => useSessionState.getState().setAnswer('incident', next)}
        onPaste={(field, chars) => useSessionState.getState().record({ type: 'paste', exerciseId: 'incident', data: { chars, target: field } })}
      />
    </div>
  );
}
