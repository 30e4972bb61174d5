// Renderer: scoring a free-text answer: the answer, the anchored level descriptions beside it, a 1-5 pick and a note.
import { useState, type FormEvent } from 'react';
import type { ReviewAction, ScoredCriterion } from '../../../../contract/review';
import { errorMessage } from '../../host/host-client';

export function RatingForm({ criterion, answerText, onAction }: { criterion: ScoredCriterion; answerText: string; onAction(a: ReviewAction): Promise<void> }) {
  const current = criterion.score === null ? null : Math.round(criterion.score * 4 + 1);
  const [rating, setRating] = useState<number | null>(current);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const anchors = criterion.ratingAnchors;
  const name = `rating-${criterion.criterionId}`;

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (rating === null) return setError('Pick a level from 1 to 5.');
    try {
      await onAction({ kind: 'rate-criterion', criterionId: criterion.criterionId, rating, note });
      setNote('');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form className="rating-form" onSubmit={save} data-testid={`rating-${criterion.criterionId}`}>
      <div className="rating-grid">
        <div>
          <h4>The candidate’s answer</h4>
          <pre className="answer-text">{answerText.trim() || '(left empty)'}</pre>
        </div>
        <div>
          <fieldset>
            <legend>Level (1–5){current !== null && <span className="muted"> · currently {current}</span>}</legend>
            {[1, 2, 3, 4, 5].map((level) => (
              <label key={level} className="rating-option">
                <input type="radio" name={name} value={level} checked={rating === level} onChange={() => setRating(level)} />
                <span className="rating-level">{level}</span>
                <span className="small-text">{anchors?.[level as 1 | 3 | 5] ?? (level === 2 ? 'Between 1 and 3' : 'Between 3 and 5')}</span>
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${name}-note`}>Note (why this level)</label>
          <textarea id={`${name}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} required />
          {error && <p className="form-error" role="alert">{error}</p>}
          <button type="submit" className="primary small">
            Save rating
          </button>
        </div>
      </div>
    </form>
  );
}
