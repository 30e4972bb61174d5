// Renderer: override a criterion score or a dimension rating; the note is required and lands in the audit trail.
import { useState, type FormEvent } from 'react';
import type { ReviewAction } from '../../../../contract/review';
import type { DimensionId } from '../../../../contract/scoring';
import { errorMessage } from '../../host/host-client';

type Target = { kind: 'criterion'; criterionId: string; current: number | null } | { kind: 'dimension'; dimensionId: DimensionId; current: number | null };

export function OverrideForm({ target, onAction, onDone }: { target: Target; onAction(a: ReviewAction): Promise<void>; onDone(): void }) {
  const isDimension = target.kind === 'dimension';
  const [value, setValue] = useState(target.current === null ? '' : String(isDimension ? target.current : Math.round(target.current * 100)));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = isDimension ? target.dimensionId : target.criterionId;

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const n = Number(value);
    if (value === '' || !Number.isFinite(n)) return setError(isDimension ? 'Enter a rating from 1 to 5.' : 'Enter a score from 0 to 100.');
    try {
      await onAction(
        isDimension
          ? { kind: 'override-dimension', dimensionId: target.dimensionId, rating: n, note }
          : { kind: 'override-criterion', criterionId: target.criterionId, score: n / 100, note },
      );
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form className="override-form" onSubmit={save} data-testid={`override-${id}`}>
      <label htmlFor={`ov-value-${id}`}>{isDimension ? 'New rating (1–5)' : 'New score (0–100)'}</label>
      <input id={`ov-value-${id}`} type="number" min={isDimension ? 1 : 0} max={isDimension ? 5 : 100} step={isDimension ? 0.5 : 5} value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <label htmlFor={`ov-note-${id}`}>Reason (required, kept in the audit trail)</label>
      <textarea id={`ov-note-${id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="secondary small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary small">
          Save override
        </button>
      </div>
    </form>
  );
}
