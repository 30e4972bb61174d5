// Renderer: what the candidate can find out: alerts and freshness, the upstream schema beside its contract, recent
// change notes, the last validation, and their own journal. Panels stay closed until the action that opens them.
import { useState } from 'react';
import {
  formatClock, formatCount, formatEuros, formatPartition, freshness, schemaDiff, type IncidentAction, type IncidentScenario, type IncidentState,
} from '../../../../exercises/incident';
import { ActionButton } from './task-panel';
import { Tabs } from './tabs';

type Props = { scenario: IncidentScenario; state: IncidentState; onAct?: (a: IncidentAction) => void };

function Alerts({ scenario, state }: Props) {
  const f = freshness(scenario, state);
  const alerts = state.messages.filter((m) => m.from === 'alert');
  return (
    <div className="inc-alerts" data-testid="alerts-panel">
      <ul className="inc-list">
        {f.failedRuns.length > 0 && <li className="inc-alert-bad">Failing runs: {f.failedRuns.map(formatPartition).join(', ')}</li>}
        <li className={f.lastPublication ? '' : 'inc-alert-warn'}>
          Freshness: {f.lastPublication ? `${scenario.reportName} refreshed at ${formatClock(f.lastPublication.at)}` : `${scenario.reportName} has not been refreshed with the newest day`}
        </li>
        <li className={f.deadlinePassed ? 'inc-alert-bad' : ''}>Deadline {scenario.deadline}: {f.deadlinePassed ? 'passed' : `${f.minutesToDeadline} min left`}</li>
        {state.checksDisabled && <li className="inc-alert-warn">Data-quality check disabled</li>}
        {alerts.map((a, i) => <li key={i} className="inc-alert-bad"><span className="mono">{formatClock(a.at)}</span> {a.text}</li>)}
      </ul>
      <p className="muted small-text">{scenario.dag.description} {scenario.dag.schedule}. {scenario.dag.checkDescription}</p>
    </div>
  );
}

function SchemaPanel({ scenario, state, onAct }: Props) {
  if (!state.facts.includes('schema-diff-seen')) {
    return <div className="inc-closed"><p>The upstream table has not been compared with its contract yet.</p><ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'diff-schema' }} label="Compare schema with contract" testId="act-diff-schema" /></div>;
  }
  const diff = schemaDiff(scenario);
  const describe = (name: string, list: typeof scenario.source.contract) => list.find((c) => c.name === name)?.description ?? '';
  return (
    <table className="inc-table" data-testid="schema-diff">
      <caption>{scenario.source.system}: <span className="mono">{scenario.source.table}</span>, contract beside the current table</caption>
      <thead><tr><th scope="col">Column</th><th scope="col">Contract</th><th scope="col">Current</th><th scope="col">Change</th></tr></thead>
      <tbody>
        {diff.map((d) => (
          <tr key={d.name} className={d.change === 'same' ? '' : 'inc-row-changed'}>
            <th scope="row" className="mono">{d.name}</th>
            <td>{d.contractType ? <><span className="mono">{d.contractType}</span><br /><span className="muted small-text">{describe(d.name, scenario.source.contract)}</span></> : '—'}</td>
            <td>{d.currentType ? <><span className="mono">{d.currentType}</span><br /><span className="muted small-text">{describe(d.name, scenario.source.current)}</span></> : '—'}</td>
            <td>{d.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangesPanel({ scenario, state, onAct }: Props) {
  if (!state.facts.includes('changes-seen')) {
    return <div className="inc-closed"><p>Recent change notes from the teams around this pipeline have not been read yet.</p><ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'check-changes' }} label="Read recent changes" testId="act-check-changes" /></div>;
  }
  return (
    <ul className="inc-list inc-notes" data-testid="change-notes">
      {scenario.changeNotes.map((n) => (
        <li key={n.title}><strong>{n.title}</strong> <span className="muted small-text">{n.team} · {n.at}</span><p>{n.body}</p></li>
      ))}
    </ul>
  );
}

function ValidationPanel({ scenario, state, onAct }: Props) {
  const v = state.validation;
  return (
    <div data-testid="validation-panel">
      <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'validate' }} label="Validate output against the source" testId="act-validate" />
      {!v ? <p className="muted">No validation yet.</p> : (
        <table className="inc-table">
          <caption>Checked at {formatClock(v.at)}{v.dataVersion !== state.dataVersion ? ' (data changed since)' : ''}</caption>
          <thead><tr><th scope="col">Day</th><th scope="col">Rows (source / loaded)</th><th scope="col">Revenue (source / loaded)</th><th scope="col">Result</th></tr></thead>
          <tbody>
            {v.rows.map((r) => (
              <tr key={r.partitionId} className={r.status === 'ok' ? '' : 'inc-row-changed'}>
                <th scope="row">{formatPartition(r.partitionId)}</th>
                <td className="num">{formatCount(r.sourceRows)} / {formatCount(r.loadedRows)}</td>
                <td className="num">{formatEuros(r.sourceRevenue)} / {formatEuros(r.loadedRevenue)}</td>
                <td data-testid={`validation-${r.partitionId}`}>{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Journal({ state }: Props) {
  if (!state.journal.length) return <p className="muted">Your actions and what they did appear here.</p>;
  return (
    <ol className="inc-list inc-journal" data-testid="journal">
      {[...state.journal].reverse().map((j) => (
        <li key={j.seq} className={`inc-journal-${j.tone}`}><span className="mono">{formatClock(j.startedAt)}–{formatClock(j.endedAt)}</span> {j.summary}</li>
      ))}
    </ol>
  );
}

export function SidePanels(props: Props) {
  const [tab, setTab] = useState('alerts');
  return (
    <Tabs
      label="Incident information"
      active={tab}
      onChange={setTab}
      className="inc-side"
      tabs={[
        { id: 'alerts', label: 'Alerts', content: <Alerts {...props} /> },
        { id: 'schema', label: 'Schema', content: <SchemaPanel {...props} /> },
        { id: 'changes', label: 'Changes', content: <ChangesPanel {...props} /> },
        { id: 'validation', label: 'Validation', content: <ValidationPanel {...props} /> },
        { id: 'journal', label: `Journal (${props.state.journal.length})`, content: <Journal {...props} /> },
      ]}
    />
  );
}
