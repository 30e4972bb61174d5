// Renderer: the last step: a reflection question, then a confirmation that answers are final.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../host/host-client';
import { useSessionState } from '../state/session-state';

export function SubmitDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reflection, setReflection] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
      <p>After you submit, your answers are final and the clock stops.</p>
      <label htmlFor="reflection">One last question: what would you do differently with another hour?</label>
      <textarea id="reflection" rows={5} value={reflection} onChange={(e) => setReflection(e.target.value)} maxLength={20_000} placeholder="Optional, a few sentences are plenty." />
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
