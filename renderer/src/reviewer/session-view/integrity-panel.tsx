// Renderer: can this session be trusted (chain, plan check, seal, receipt, the version graded), and how was the time
// spent: time per exercise by the host's clock, restarts, time-up, pastes, focus losses.
import type { IntegrityReport } from '../../../../contract/host-api';
import type { SessionReview } from '../../../../contract/review';
import type { Session } from '../../../../contract/session';
import { exerciseBudgetMs, formatClock } from '../../../../assessment/assessment-timing';
import { exerciseTitle } from '../../../../assessment/exercise-registry';

const short = (hash: string | null | undefined) => (hash ? hash.slice(0, 12) : 'none');

export function IntegrityPanel({ session, integrity, review }: { session: Session; integrity: IntegrityReport; review?: SessionReview | null }) {
  const resumes = session.events.filter((e) => e.type === 'session-resumed');
  const graded = review?.gradedHeadHash ?? null;
  const pastes = session.events.filter((e) => e.type === 'paste');
  const returns = session.events.filter((e) => e.type === 'focus-returned');
  const focusLosses = session.events.filter((e) => e.type === 'focus-lost').length;
  const away = returns.reduce((sum, e) => sum + Number(e.data.awayMs ?? 0), 0);
  return (
    <div className="integrity" data-testid="integrity">
      <p className={integrity.ok ? 'check-passes' : 'form-error'} role="status" data-testid="chain-status">
        {integrity.message}
      </p>
      <dl className="integrity-facts">
        <dt>Format</dt>
        <dd data-testid="integrity-format">{integrity.format === 'legacy' ? 'Legacy format: integrity limited to the event chain' : 'Chained log, every graded field derived from it'}</dd>
        <dt>Plan prepared here</dt>
        <dd data-testid="integrity-plan">
          {integrity.plan.preparedHere === null ? 'cannot tell' : integrity.plan.preparedHere ? 'yes' : 'no'}: {integrity.plan.message}
        </dd>
        <dt>Seal</dt>
        <dd data-testid="integrity-seal">{integrity.seal.message}</dd>
        <dt>Receipt code</dt>
        <dd className="mono" data-testid="integrity-receipt">{integrity.receipt ?? 'none (not sealed)'}</dd>
        <dt>Version</dt>
        <dd data-testid="integrity-version">
          {integrity.eventCount} events, head {short(integrity.headHash)}
          {graded && (graded === integrity.headHash ? '; the grades are for this version.' : `; the grades shown were computed for an older version (head ${short(graded)}) and are being redone.`)}
        </dd>
      </dl>
      {integrity.notes.length > 0 && (
        <ul data-testid="integrity-notes">
          {integrity.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {resumes.length > 0 && (
        <p>
          The app was restarted {resumes.length} {resumes.length === 1 ? 'time' : 'times'}; time while it was closed is not charged (
          {resumes.map((r) => formatClock(Number(r.data.closedForMs ?? 0))).join(', ')} closed).
        </p>
      )}
      <h2>Time per exercise (the host's clock)</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Time spent</th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody>
          {session.plan.exercises.map((e) => (
            <tr key={e.exerciseId}>
              <td>{exerciseTitle(e.exerciseId)}</td>
              <td className="num">{formatClock(session.elapsedMs[e.exerciseId] ?? 0)}</td>
              <td className="num">{formatClock(exerciseBudgetMs(session.plan, e.exerciseId))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Focus</h2>
      <p>
        The window lost focus {focusLosses} {focusLosses === 1 ? 'time' : 'times'}, {formatClock(away)} away in total.
      </p>
      <h2>Pastes ({pastes.length})</h2>
      {pastes.length === 0 ? (
        <p className="muted">No pastes.</p>
      ) : (
        <table data-testid="paste-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Exercise</th>
              <th scope="col">Where</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {pastes.map((p) => (
              <tr key={p.seq}>
                <td>{new Date(p.at).toLocaleTimeString()}</td>
                <td>{p.exerciseId ? exerciseTitle(p.exerciseId) : ''}</td>
                <td>{String(p.data.target ?? 'editor')}</td>
                <td className="num">
                  {String(p.data.chars ?? '?')} chars{p.data.lines ? `, ${String(p.data.lines)} lines` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
