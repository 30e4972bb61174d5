// Renderer: the post-incident review, four fields autosaved as the exercise's answer.
import { WRITE_UP_FIELDS, WRITE_UP_LIMIT, type IncidentAnswer } from '../../../../exercises/incident';

export function WriteUp({ answer, onChange, onPaste }: { answer: IncidentAnswer; onChange?: (a: IncidentAnswer) => void; onPaste?: (field: string, chars: number) => void }) {
  return (
    <section className="inc-writeup" aria-labelledby="inc-writeup-title">
      <h2 id="inc-writeup-title">Post-incident review</h2>
      <p className="muted small-text">Write it when you are done, or as you go: it is saved as you type.</p>
      <div className="inc-writeup-grid">
        {WRITE_UP_FIELDS.map((f) => (
          <div key={f.field} className="inc-writeup-field">
            <label htmlFor={`wu-${f.field}`}>{f.title}</label>
            <p className="muted small-text" id={`wu-${f.field}-hint`}>{f.hint}</p>
            <textarea id={`wu-${f.field}`} aria-describedby={`wu-${f.field}-hint`} rows={5} maxLength={WRITE_UP_LIMIT} value={answer[f.field]} readOnly={!onChange}
              onChange={(e) => onChange?.({ ...answer, [f.field]: e.target.value })} data-testid={`writeup-${f.field}`}
              onPaste={(e) => onPaste?.(f.field, e.clipboardData.getData('text').length)} />
          </div>
        ))}
      </div>
    </section>
  );
}
