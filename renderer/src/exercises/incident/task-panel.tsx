// Renderer: the selected task instance: its state, the task actions (read log, retry, mark success) with their cost,
// and the log the candidate last read.
import { formatClock, formatPartition, nominalMinutes, type IncidentAction, type IncidentScenario, type IncidentState } from '../../../../exercises/incident';
import { STATE_LABEL, type TaskSelection } from './dag-grid';

export function ActionButton({ scenario, action, onAct, label, className, testId, disabled }: {
  scenario: IncidentScenario; action: IncidentAction; onAct?: (a: IncidentAction) => void; label: string; className?: string; testId?: string; disabled?: boolean;
}) {
  const minutes = nominalMinutes(scenario, action);
  return (
    <button type="button" className={className ?? 'secondary small'} disabled={!onAct || disabled} onClick={() => onAct?.(action)} data-testid={testId} title={`About ${minutes} simulated minutes`}>
      {label} <span className="inc-cost">{minutes} min</span>
    </button>
  );
}

export function TaskPanel({ scenario, state, selection, onAct }: { scenario: IncidentScenario; state: IncidentState; selection: TaskSelection; onAct?: (a: IncidentAction) => void }) {
  const ti = state.partitions[selection.partitionId]!.tasks[selection.taskId]!;
  const { partitionId: partition, taskId } = selection;
  const retryable = ti.state === 'failed' || ti.state === 'upstream_failed';
  const open = state.openLog;
  const attempt = open ? state.partitions[open.partitionId]!.tasks[open.taskId]!.attempts[open.attempt - 1] : undefined;
  return (
    <section className="inc-task" aria-labelledby="inc-task-title">
      <div className="inc-task-head">
        <h3 id="inc-task-title">
          <span className="mono">{taskId}</span> · {formatPartition(partition)} <span className={`inc-badge ti-badge-${ti.state}`}>{STATE_LABEL[ti.state]}</span>
          {ti.markedSuccess && <span className="inc-badge inc-badge-paused">marked by hand</span>}
        </h3>
        <span className="muted small-text">{ti.attempts.length} attempt{ti.attempts.length === 1 ? '' : 's'}</span>
      </div>
      <div className="inc-task-actions">
        <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'read-log', partition, taskId }} label="Read log" testId="act-read-log" />
        <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'retry-task', partition, taskId }} label="Retry task" testId="act-retry" disabled={!retryable} />
        <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'mark-success', partition, taskId }} label="Mark success" testId="act-mark-success" disabled={!retryable} />
      </div>
      <div className="inc-log" data-testid="task-log" aria-live="polite">
        {!open ? (
          <p className="muted">No log open. Select a task instance and read its log.</p>
        ) : !attempt ? (
          <p className="muted"><span className="mono">{open.taskId}</span> for {formatPartition(open.partitionId)} has not run: there is no log.</p>
        ) : (
          <>
            <p className="inc-log-head">
              Log · <span className="mono">{open.taskId}</span> · {formatPartition(open.partitionId)} · try {open.attempt} · {formatClock(attempt.at)}
            </p>
            <pre className="inc-log-lines">{attempt.lines.map((l) => `[${formatClock(attempt.at)}] ${l}`).join('\n')}</pre>
          </>
        )}
      </div>
    </section>
  );
}
