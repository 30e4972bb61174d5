// Renderer: the pipeline actions, each with its cost in simulated minutes: investigate, fix, re-run, backfill a
// chosen range in a chosen mode, mark or disable, pause, validate, publish.
import { useState } from 'react';
import { formatPartition, type IncidentAction, type IncidentScenario, type IncidentState } from '../../../../exercises/incident';
import { ActionButton } from './task-panel';

type Props = { scenario: IncidentScenario; state: IncidentState; onAct?: (a: IncidentAction) => void };

export function ActionBar({ scenario, state, onAct }: Props) {
  const days = scenario.partitions.map((p) => p.partitionId);
  const latest = days.at(-1)!;
  const [fixId, setFixId] = useState(scenario.fixes[0]!.fixId);
  const [rerunDay, setRerunDay] = useState(latest);
  const [rerunHold, setRerunHold] = useState(true);
  const [from, setFrom] = useState(latest);
  const [to, setTo] = useState(latest);
  const [mode, setMode] = useState<'overwrite' | 'append'>('overwrite');
  const [hold, setHold] = useState(true);
  const fix = scenario.fixes.find((f) => f.fixId === fixId)!;
  return (
    <section className="inc-actions" aria-labelledby="inc-actions-title" data-testid="action-bar">
      <h2 id="inc-actions-title">Actions <span className="muted small-text">Each action moves the simulated clock by about the minutes shown.</span></h2>
      <div className="inc-action-groups">
        <fieldset className="inc-group">
          <legend>Investigate</legend>
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'diff-schema' }} label="Compare schema" />
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'check-changes' }} label="Read recent changes" />
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'validate' }} label="Validate against source" />
        </fieldset>
        <fieldset className="inc-group inc-group-wide">
          <legend>Change</legend>
          <label htmlFor="fix-choice">Fix</label>
          <select id="fix-choice" value={fixId} onChange={(e) => setFixId(e.target.value)} data-testid="fix-choice">
            {scenario.fixes.map((f) => <option key={f.fixId} value={f.fixId}>{f.label}</option>)}
          </select>
          <p className="muted small-text inc-fix-detail">{fix.detail}</p>
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'apply-fix', fixId }} label="Apply fix" testId="act-apply-fix" />
          {state.fixId && <p className="small-text" data-testid="current-fix">In place: {scenario.fixes.find((f) => f.fixId === state.fixId)!.label}</p>}
        </fieldset>
        <fieldset className="inc-group">
          <legend>Clear and re-run a day</legend>
          <label htmlFor="rerun-day">Day</label>
          <select id="rerun-day" value={rerunDay} onChange={(e) => setRerunDay(e.target.value)}>
            {days.map((d) => <option key={d} value={d}>{formatPartition(d)}</option>)}
          </select>
          <label className="checkbox"><input type="checkbox" checked={rerunHold} onChange={(e) => setRerunHold(e.target.checked)} /> Hold the report refresh</label>
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'clear-rerun', partition: rerunDay, holdPublish: rerunHold }} label="Clear and re-run" testId="act-clear-rerun" />
        </fieldset>
        <fieldset className="inc-group">
          <legend>Backfill</legend>
          <div className="inc-form-row">
            <label>From
              <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="backfill-from">
                <option value={scenario.historyStart}>{scenario.historyStart} (start of history)</option>
                {days.map((d) => <option key={d} value={d}>{formatPartition(d)}</option>)}
              </select>
            </label>
            <label>To
              <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="backfill-to">
                {days.map((d) => <option key={d} value={d}>{formatPartition(d)}</option>)}
              </select>
            </label>
          </div>
          <div className="inc-form-row" role="radiogroup" aria-label="Write mode">
            <label className="checkbox"><input type="radio" name="bf-mode" checked={mode === 'overwrite'} onChange={() => setMode('overwrite')} data-testid="mode-overwrite" /> Overwrite</label>
            <label className="checkbox"><input type="radio" name="bf-mode" checked={mode === 'append'} onChange={() => setMode('append')} data-testid="mode-append" /> Append</label>
          </div>
          <label className="checkbox"><input type="checkbox" checked={hold} onChange={(e) => setHold(e.target.checked)} data-testid="backfill-hold" /> Hold the report refresh</label>
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'backfill', from, to, mode, holdPublish: hold }} label="Run backfill" testId="act-backfill" />
        </fieldset>
        <fieldset className="inc-group">
          <legend>Control</legend>
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'set-paused', paused: !state.paused }} label={state.paused ? 'Unpause DAG' : 'Pause DAG'} testId="act-pause" />
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'disable-check' }} label="Disable the quality check" disabled={state.checksDisabled} />
          <ActionButton scenario={scenario} onAct={onAct} action={{ kind: 'publish-report' }} label="Publish report" className="primary small" testId="act-publish" />
        </fieldset>
      </div>
      {state.journal.length > 0 && (
        <p className={`inc-last inc-journal-${state.journal.at(-1)!.tone}`} role="status" data-testid="last-outcome">{state.journal.at(-1)!.summary}</p>
      )}
    </section>
  );
}
