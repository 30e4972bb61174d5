// Renderer: the panel lead records the panel's decision (four options and a rationale); every decision is kept
// and shown in the history, with the host's note when two leads' latest decisions differ.
import { useState, type FormEvent } from 'react';
import { errorMessage, host } from '../../host/host-client';
import type { Decision, DecisionRecord, PanelView } from './panel-contract';
import { decisionLabel, DECISION_OPTIONS } from './panel-text';

export function DecisionForm({ token, sessionId, hasDecision, onRecorded }: { token: string; sessionId: string; hasDecision: boolean; onRecorded(panel: PanelView): void }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function record(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!decision) return setError('Choose the panel’s decision.');
    if (rationale.trim().length < 10) return setError('Write the rationale (at least 10 characters): the evidence the panel based the decision on.');
    setBusy(true);
    try {
      const r = await host.recordDecision({ token, sessionId, decision, rationale: rationale.trim() });
      setDecision(null);
      setRationale('');
      onRecorded(r.panel);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel-form" onSubmit={record} aria-labelledby="decision-form-title" data-testid="decision-form" noValidate aria-busy={busy}>
      <h3 id="decision-form-title">{hasDecision ? 'Record a new decision' : 'Record the panel’s decision'}</h3>
      {hasDecision && <p className="muted small-text">The latest decision becomes the panel’s decision; earlier ones stay in the history.</p>}
      <fieldset className="decision-options">
        <legend>Decision</legend>
        {DECISION_OPTIONS.map((d) => (
          <label key={d.value} className="decision-option">
            <input type="radio" name="panel-decision" value={d.value} checked={decision === d.value} onChange={() => setDecision(d.value)} />
            <strong>{d.label}</strong>
          </label>
        ))}
      </fieldset>
      <label htmlFor="decision-rationale">Rationale (kept in your review file and shown to the panel)</label>
      <textarea id="decision-rationale" rows={3} maxLength={4000} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary small" disabled={busy}>
        {busy ? 'Recording…' : 'Record decision'}
      </button>
    </form>
  );
}

export function DecisionHistory({ history, conflict }: { history: readonly DecisionRecord[]; conflict: string | null }) {
  if (history.length === 0) return <p className="muted">No decision recorded yet.</p>;
  return (
    <>
      {conflict && (
        <p className="panel-conflicts" role="note" data-testid="decision-conflict">
          {conflict}
        </p>
      )}
      <table className="decision-history" data-testid="decision-history">
        <caption className="visually-hidden">Decision history, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">By</th>
            <th scope="col">Decision</th>
            <th scope="col">Rationale</th>
          </tr>
        </thead>
        <tbody>
          {history.map((d, i) => (
            <tr key={i}>
              <td>{new Date(d.at).toLocaleString()}</td>
              <td>{d.by}</td>
              <td>{decisionLabel(d.decision)}</td>
              <td className="wrap">{d.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
