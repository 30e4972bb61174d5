// Renderer: can this session be trusted, and how was the time spent: hash chain, pastes, focus losses, time per exercise.
import type { IntegrityReport } from '../../../../contract/host-api';
import type { Session } from '../../../../contract/session';
import { exerciseBudgetMs, formatClock } from '../../../../assessment/assessment-timing';
import { exerciseTitle } from '../../../../assessment/exercise-registry';

export function IntegrityPanel({ session, integrity }: { session: Session; integrity: IntegrityReport }) {
  const pastes = session.events.filter((e) => e.type === 'paste');
  const returns = session.events.filter((e) => e.type === 'focus-returned');
  const focusLosses = session.events.filter((e) => e.type === 'focus-lost').length;
  const away = returns.reduce((sum, e) => sum + Number(e.data.awayMs ?? 0), 0);
  return (
    <div className="integrity" data-testid="integrity">
      <p className={integrity.ok ? 'check-passes' : 'form-error'} role="status" data-testid="chain-status">
        {integrity.message}
      </p>
      <h2>Time per exercise</h2>
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
