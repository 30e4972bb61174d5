// Renderer: the reviewer's replay of the incident at one moment: the world rebuilt from the recorded actions up to
// that event with the same reducer the grader uses (DAG states, clock, messages), read-only.
import { useMemo } from 'react';
import { finalIncidentState, formatClock, getIncidentScenario, incidentActionsFromEvents, listIncidentScenarios } from '../../../../exercises/incident';
import type { ExerciseReplayProps } from '../exercise-screen';
import { ControlRoom } from './control-room';

export default function IncidentReplay({ variantId, events, atSeq }: ExerciseReplayProps) {
  const known = listIncidentScenarios().some((s) => s.scenarioId === variantId);
  const { actions, rejected } = useMemo(() => incidentActionsFromEvents(events.filter((e) => e.seq <= atSeq)), [events, atSeq]);
  const state = useMemo(() => (known ? finalIncidentState(variantId, actions.map((a) => a.action)) : null), [known, variantId, actions]);
  const last = state?.journal.at(-1);
  if (!state) return <p className="muted">This session's incident scenario ({variantId}) is not known to this version of the app.</p>;
  return (
    <div className="inc-replay" data-testid="incident-replay">
      <p className="muted small-text">
        After {actions.length} action{actions.length === 1 ? '' : 's'} (event #{atSeq}).{rejected ? ` ${rejected} recorded action(s) could not be read and are left out.` : ''}
      </p>
      {last && (
        <p className={`inc-last inc-journal-${last.tone}`} data-testid="replay-last-action">
          <span className="mono">{formatClock(last.startedAt)}–{formatClock(last.endedAt)}</span> {last.summary}
        </p>
      )}
      <ControlRoom scenario={getIncidentScenario(variantId)} state={state} />
    </div>
  );
}
