// Renderer: the incident control room for one world state. The candidate's screen passes `onAct`; the reviewer's
// replay passes none and gets the same view, read-only.
import { useState } from 'react';
import { latestPartitionId, type IncidentAction, type IncidentScenario, type IncidentState } from '../../../../exercises/incident';
import { ActionBar } from './action-bar';
import { Channel } from './channel';
import { DagGraph } from './dag-graph';
import { DagGrid, StateLegend, type TaskSelection } from './dag-grid';
import { SidePanels } from './side-panels';
import { SimBar } from './sim-bar';
import { Tabs } from './tabs';
import { TaskPanel } from './task-panel';
import './incident.css';

export function ControlRoom({ scenario, state, onAct }: { scenario: IncidentScenario; state: IncidentState; onAct?: (a: IncidentAction) => void }) {
  const [selection, setSelection] = useState<TaskSelection>({ partitionId: latestPartitionId(scenario), taskId: scenario.fault.failingTaskId });
  const [view, setView] = useState('grid');
  const dagProps = { scenario, state, selection, onSelect: setSelection };
  return (
    <div className="inc-room" data-testid="control-room" data-clock={state.clock} data-actions={state.seq}>
      <SimBar scenario={scenario} state={state} />
      <div className="inc-main">
        <div className="inc-left">
        <section className="inc-dag" aria-labelledby="inc-dag-title">
          <div className="inc-dag-head">
            <h2 id="inc-dag-title"><span className="mono">{scenario.dag.dagId}</span></h2>
            <StateLegend />
          </div>
          <Tabs label="DAG views" active={view} onChange={setView} tabs={[
            { id: 'grid', label: 'Grid', content: <DagGrid {...dagProps} /> },
            { id: 'graph', label: 'Graph', content: <DagGraph {...dagProps} /> },
          ]} />
          <TaskPanel scenario={scenario} state={state} selection={selection} onAct={onAct} />
        </section>
        <SidePanels scenario={scenario} state={state} onAct={onAct} />
        <ActionBar scenario={scenario} state={state} onAct={onAct} />
        </div>
        <Channel scenario={scenario} state={state} onAct={onAct} />
      </div>
    </div>
  );
}
