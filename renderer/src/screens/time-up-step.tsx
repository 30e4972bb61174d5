// Renderer: when the overall time has run out: the host has stopped the clock and kept the work as it was; the
// reflection question is still asked (it is part of the assessment), then the session is submitted.
import { useState } from 'react';
import { errorMessage } from '../host/host-client';
import { useSessionState } from '../state/session-state';
import { REFLECTION_LIMIT, REFLECTION_QUESTION } from './reflection';

export function TimeUpStep() {
  const timeUpAt = useSessionState((s) => s.session?.timeUpAt ?? null);
  const [reflection, setReflection] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function finish() {
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
    <main className="welcome time-up" id="main" data-testid="time-up-step">
      <section className="welcome-card" aria-labelledby="time-up-title">
        <p className="eyebrow">Time is up</p>
        <h1 id="time-up-title">Time is up</h1>
        <p className="lead" role="status">
          {timeUpAt ? `The clock stopped at ${new Date(timeUpAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.` : 'The clock has stopped.'} Your answers are kept exactly as
          they were then; nothing you change in the exercises now is recorded.
        </p>
        <p>One question remains. It is part of the assessment, and a few honest sentences are plenty.</p>
        <label htmlFor="time-up-reflection">{REFLECTION_QUESTION}</label>
        <textarea id="time-up-reflection" rows={6} value={reflection} onChange={(e) => setReflection(e.target.value)} maxLength={REFLECTION_LIMIT} data-testid="time-up-reflection" />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="primary" onClick={() => void finish()} disabled={busy}>
          {busy ? 'Submitting…' : 'Submit and finish'}
        </button>
      </section>
    </main>
  );
}
