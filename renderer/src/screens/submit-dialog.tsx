// Renderer: the last step: what is still untouched and the time left, the reflection question (part of the
// assessment), then a confirmation that answers are final.
import { useEffect, useRef, useState } from 'react';
import { exerciseTitle } from '../../../assessment/exercise-registry';
import { formatClock, overallRemainingMs } from '../../../assessment/assessment-timing';
import { errorMessage } from '../host/host-client';
import { useSessionState } from '../state/session-state';
import { REFLECTION_LIMIT, REFLECTION_QUESTION } from './reflection';
import { untouchedExercises } from './unfinished';

export function SubmitDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reflection, setReflection] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = useSessionState((s) => s.session!.plan);
  const answers = useSessionState((s) => s.answers);
  const leftMs = useSessionState((s) => overallRemainingMs(s.session!.plan, s.elapsedMs));
  const untouched = untouchedExercises(plan, answers);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await useSessionState.getState().submit(reflection);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="submit-title" onCancel={onClose}>
      <h2 id="submit-title">Submit your assessment?</h2>
      <p data-testid="submit-time-left">
        You have <strong>{formatClock(leftMs)}</strong> left. After you submit, your answers are final and the clock stops.
      </p>
      {untouched.length > 0 ? (
        <div className="banner warning" data-testid="submit-unfinished">
          <p>Not started yet (still as given):</p>
          <ul>
            {untouched.map((id) => (
              <li key={id}>{exerciseTitle(id)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">You have worked on every exercise.</p>
      )}
      <label htmlFor="reflection">{REFLECTION_QUESTION}</label>
      <p className="muted small-text" id="reflection-hint">
        This question is part of the assessment; a few honest sentences are plenty.
      </p>
      <textarea id="reflection" rows={5} value={reflection} onChange={(e) => setReflection(e.target.value)} maxLength={REFLECTION_LIMIT} aria-describedby="reflection-hint" />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose} disabled={busy}>
          Keep working
        </button>
        <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
          {busy ? 'Submitting…' : 'Submit and finish'}
        </button>
      </div>
    </dialog>
  );
}
