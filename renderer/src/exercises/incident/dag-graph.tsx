// Renderer: the DAG as Airflow's graph view draws it, for one run: tasks laid out left to right by dagre, coloured
// by state. @xyflow/react renders it; nothing is placed by hand.
import dagre from '@dagrejs/dagre';
import { Background, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, type KeyboardEvent } from 'react';
import { formatPartition, type IncidentScenario, type IncidentState } from '../../../../exercises/incident';
import { STATE_LABEL, type TaskSelection } from './dag-grid';

const NODE_W = 150;
const NODE_H = 40;

/** Positions from dagre's layered layout; computed once per DAG, since the shape never changes mid-incident. */
function layout(scenario: IncidentScenario): Record<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 22, marginx: 4, marginy: 4 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const t of scenario.dag.tasks) g.setNode(t.taskId, { width: NODE_W, height: NODE_H });
  for (const t of scenario.dag.tasks) for (const u of t.upstream) g.setEdge(u, t.taskId);
  dagre.layout(g);
  return Object.fromEntries(scenario.dag.tasks.map((t) => {
    const n = g.node(t.taskId);
    return [t.taskId, { x: n.x - NODE_W / 2, y: n.y - NODE_H / 2 }];
  }));
}

export function DagGraph({ scenario, state, selection, onSelect }: { scenario: IncidentScenario; state: IncidentState; selection: TaskSelection; onSelect(s: TaskSelection): void }) {
  const positions = useMemo(() => layout(scenario), [scenario]);
  const run = state.partitions[selection.partitionId]!;
  const nodes: Node[] = scenario.dag.tasks.map((t) => {
    const ti = run.tasks[t.taskId]!;
    return {
      id: t.taskId,
      position: positions[t.taskId]!,
      // A break opportunity after each underscore lets long task ids wrap onto a second line inside the node.
      data: { label: t.taskId.replaceAll('_', '_\u200b') },
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      className: `inc-node ti-${ti.state}${selection.taskId === t.taskId ? ' inc-node-selected' : ''}`,
      ariaLabel: `${t.taskId}: ${STATE_LABEL[ti.state]}`,
      style: { width: NODE_W, height: NODE_H },
      draggable: false,
      connectable: false,
    };
  });
  const edges: Edge[] = scenario.dag.tasks.flatMap((t) => t.upstream.map((u) => ({ id: `${u}-${t.taskId}`, source: u, target: t.taskId })));
  // React Flow focuses nodes by Tab but acts on Enter only for its own selection, which is off here (the selected
  // task is ours, shared with the grid), so Enter and Space on a focused node choose it as a click does.
  const selectFocusedNode = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const taskId = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
    if (!taskId) return;
    e.preventDefault();
    onSelect({ partitionId: selection.partitionId, taskId });
  };
  return (
    <div className="inc-graph" data-testid="dag-graph" aria-label={`Graph of ${scenario.dag.dagId} for the run of ${formatPartition(selection.partitionId)}`} role="group" onKeyDown={selectFocusedNode}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={{ padding: 0.05 }}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        zoomOnScroll={false}
        panOnDrag={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_e, node) => onSelect({ partitionId: selection.partitionId, taskId: node.id })}
      >
        <Background gap={16} />
      </ReactFlow>
    </div>
  );
}
