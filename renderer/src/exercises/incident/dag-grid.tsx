// Renderer: the DAG's run history as Airflow's grid shows it: one column per run (day), one row per task, a square
// per task instance coloured by its state. Selecting a square targets the task actions below it.
import { formatPartition, type IncidentScenario, type IncidentState, type TaskState } from '../../../../exercises/incident';

export interface TaskSelection {
  partitionId: string;
  taskId: string;
}

export const STATE_LABEL: Record<TaskState, string> = {
  success: 'success',
  failed: 'failed',
  upstream_failed: 'upstream failed',
  skipped: 'skipped',
  no_status: 'no status',
};

export function StateLegend() {
  return (
    <ul className="inc-legend" aria-label="Task states">
      {(Object.keys(STATE_LABEL) as TaskState[]).map((s) => (
        <li key={s}>
          <span className={`ti ti-${s}`} aria-hidden="true" /> {STATE_LABEL[s]}
        </li>
      ))}
    </ul>
  );
}

function runState(state: IncidentState, partitionId: string): TaskState {
  const states = Object.values(state.partitions[partitionId]!.tasks).map((t) => t.state);
  if (states.includes('failed') || states.includes('upstream_failed')) return 'failed';
  if (states.every((s) => s === 'success' || s === 'skipped')) return 'success';
  return 'no_status';
}

export function DagGrid({ scenario, state, selection, onSelect }: { scenario: IncidentScenario; state: IncidentState; selection: TaskSelection; onSelect(s: TaskSelection): void }) {
  const partitions = scenario.partitions.map((p) => p.partitionId);
  return (
    <div className="inc-grid-wrap">
      <table className="inc-grid" data-testid="dag-grid">
        <caption className="visually-hidden">Runs of {scenario.dag.dagId} by day (columns) and task (rows)</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            {partitions.map((id) => (
              <th scope="col" key={id} className="inc-grid-run">
                <span className={`run-bar run-${runState(state, id)}`} aria-hidden="true" />
                <span className="inc-grid-day">{formatPartition(id).split(' ')[0]}</span>
                <span>{id.slice(5)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scenario.dag.tasks.map((t) => (
            <tr key={t.taskId}>
              <th scope="row" className="mono inc-grid-task">{t.taskId}</th>
              {partitions.map((id) => {
                const ti = state.partitions[id]!.tasks[t.taskId]!;
                const selected = selection.partitionId === id && selection.taskId === t.taskId;
                return (
                  <td key={id}>
                    <button
                      type="button"
                      className={`ti ti-${ti.state}${selected ? ' ti-selected' : ''}`}
                      aria-pressed={selected}
                      aria-label={`${t.taskId} on ${formatPartition(id)}: ${STATE_LABEL[ti.state]}${ti.markedSuccess ? ' (marked by hand)' : ''}`}
                      title={`${t.taskId} · ${formatPartition(id)} · ${STATE_LABEL[ti.state]}`}
                      data-testid={`ti-${id}-${t.taskId}`}
                      data-state={ti.state}
                      onClick={() => onSelect({ partitionId: id, taskId: t.taskId })}
                    >
                      {ti.markedSuccess ? '✎' : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
