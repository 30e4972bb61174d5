// Renderer: the control room's top bar: the simulated clock (always visible), the deadline, the DAG and report status.
import { formatClock, freshness, type IncidentScenario, type IncidentState } from '../../../../exercises/incident';

export function SimBar({ scenario, state }: { scenario: IncidentScenario; state: IncidentState }) {
  const f = freshness(scenario, state);
  const left = f.minutesToDeadline;
  const tone = left <= 0 ? 'out' : left <= 30 ? 'low' : 'ok';
  const pub = f.lastPublication;
  return (
    <div className="inc-bar" data-testid="incident-bar">
      <div className={`inc-clock inc-clock-${tone}`} role="timer" aria-live="off" aria-label={`Simulated time ${formatClock(state.clock)}`} data-testid="sim-clock" data-clock={state.clock}>
        <span className="inc-clock-label">Simulated time</span>
        <span className="inc-clock-time">{formatClock(state.clock)}</span>
      </div>
      <div className="inc-bar-item">
        <span className="inc-bar-label">Report due</span>
        <strong>{scenario.deadline}</strong>{' '}
        <span className={`inc-left inc-left-${tone}`}>{left > 0 ? `${Math.floor(left / 60)} h ${String(left % 60).padStart(2, '0')} min left` : `passed ${-left} min ago`}</span>
      </div>
      <div className="inc-bar-item">
        <span className="inc-bar-label">DAG</span>
        <span className="mono">{scenario.dag.dagId}</span>{' '}
        {state.paused && <span className="inc-badge inc-badge-paused">paused</span>}{' '}
        <span className={f.failedRuns.length ? 'inc-badge inc-badge-failed' : 'inc-badge inc-badge-success'} data-testid="dag-health">
          {f.failedRuns.length ? `${f.failedRuns.length} failed run${f.failedRuns.length === 1 ? '' : 's'}` : 'all runs green'}
        </span>
      </div>
      <div className="inc-bar-item">
        <span className="inc-bar-label">{scenario.reportName}</span>
        <span data-testid="report-status">{pub ? `published at ${formatClock(pub.at)}` : 'not refreshed today'}</span>
      </div>
    </div>
  );
}
