// Renderer: the incident channel: messages from Finance, the upstream team, on-call and alerts, and the composer for
// status updates, questions (offered ones grow with what the candidate learns; free text too) and escalation.
import { useEffect, useRef, useState } from 'react';
import {
  formatClock, nominalMinutes, offeredQuestions, type IncidentAction, type IncidentScenario, type IncidentState, type PartyId,
} from '../../../../exercises/incident';
import { Tabs } from './tabs';

type Props = { scenario: IncidentScenario; state: IncidentState; onAct?: (a: IncidentAction) => void };

function Messages({ scenario, state }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // The newest message is the one that matters: keep it in view as the channel grows.
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [state.messages.length]);
  const sorted = state.messages.map((m, i) => ({ m, i })).sort((a, b) => a.m.at - b.m.at || a.i - b.i).map((x) => x.m);
  const who = (from: string) => (from === 'you' ? 'You' : from === 'alert' ? 'Alert' : scenario.people[from as PartyId].name);
  return (
    <ol ref={list} className="inc-messages" data-testid="channel-messages" aria-label="Incident channel messages" tabIndex={0}>
      {sorted.map((m, i) => (
        <li key={i} className={`inc-msg inc-msg-${m.from}`}>
          <div className="inc-msg-head">
            <strong>{who(m.from)}</strong>
            {m.to && <span className="muted"> to {scenario.people[m.to].name}</span>}
            {m.from !== 'you' && m.from !== 'alert' && <span className="muted small-text"> · {scenario.people[m.from as PartyId].role}</span>}
            <span className="mono muted inc-msg-time">{formatClock(m.at)}</span>
          </div>
          <p>{m.text}</p>
          {m.update && (
            <dl className="inc-update-fields">
              <dt>Impact</dt><dd>{m.update.impact || '—'}</dd>
              <dt>ETA</dt><dd>{m.update.eta || '—'}</dd>
              <dt>Next update</dt><dd>{m.update.nextUpdate || '—'}</dd>
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}

const cost = (scenario: IncidentScenario, a: IncidentAction) => `${nominalMinutes(scenario, a)} min`;

function UpdateForm({ scenario, onAct }: Props) {
  const [message, setMessage] = useState('');
  const [impact, setImpact] = useState('');
  const [eta, setEta] = useState('');
  const [nextUpdate, setNextUpdate] = useState('');
  const action: IncidentAction = { kind: 'post-update', message, impact, eta, nextUpdate };
  return (
    <form className="inc-form" onSubmit={(e) => { e.preventDefault(); if (!message.trim()) return; onAct?.(action); setMessage(''); setImpact(''); setEta(''); setNextUpdate(''); }}>
      <label htmlFor="upd-message">Update for {scenario.people.stakeholder.name}</label>
      <textarea id="upd-message" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={4000} data-testid="update-message" />
      <label htmlFor="upd-impact">Impact (who and which numbers)</label>
      <input id="upd-impact" value={impact} onChange={(e) => setImpact(e.target.value)} maxLength={2000} data-testid="update-impact" />
      <div className="inc-form-row">
        <label>ETA <input type="time" value={eta} onChange={(e) => setEta(e.target.value)} data-testid="update-eta" /></label>
        <label>Next update <input type="time" value={nextUpdate} onChange={(e) => setNextUpdate(e.target.value)} data-testid="update-next" /></label>
      </div>
      <button type="submit" className="primary small" disabled={!onAct || !message.trim()} data-testid="post-update">Post update <span className="inc-cost">{cost(scenario, action)}</span></button>
    </form>
  );
}

function AskForm({ scenario, state, onAct }: Props) {
  const [to, setTo] = useState<PartyId>('stakeholder');
  const [text, setText] = useState('');
  const offered = offeredQuestions(scenario, state, to);
  return (
    <div className="inc-form">
      <label htmlFor="ask-to">Ask</label>
      <select id="ask-to" value={to} onChange={(e) => setTo(e.target.value as PartyId)} data-testid="ask-to">
        {(['stakeholder', 'upstream', 'on-call'] as const).map((p) => <option key={p} value={p}>{scenario.people[p].name} ({scenario.people[p].role})</option>)}
      </select>
      {offered.length > 0 ? (
        <ul className="inc-questions" aria-label="Questions you can ask" data-testid="offered-questions">
          {offered.map((q) => (
            <li key={q.questionId}>
              <span id={`q-${q.questionId}`}>{q.text}{q.asked && <span className="muted small-text"> (asked)</span>}</span>
              <button type="button" className="secondary small" disabled={!onAct} onClick={() => onAct?.({ kind: 'ask-question', to, questionId: q.questionId })} data-testid={`ask-${q.questionId}`}
                aria-describedby={`q-${q.questionId}`}>Ask <span className="inc-cost">{cost(scenario, { kind: 'ask-question', to, questionId: q.questionId })}</span></button>
            </li>
          ))}
        </ul>
      ) : <p className="muted small-text">No suggested questions for {scenario.people[to].name} yet: they appear as you find things out.</p>}
      <form onSubmit={(e) => { e.preventDefault(); if (!text.trim()) return; onAct?.({ kind: 'ask-question', to, text: text.trim() }); setText(''); }} className="inc-form-row">
        <label htmlFor="ask-free" className="visually-hidden">Your own question</label>
        <input id="ask-free" placeholder="Or write your own question" value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} data-testid="ask-free" />
        <button type="submit" className="secondary small" disabled={!onAct || !text.trim()}>Send <span className="inc-cost">2 min</span></button>
      </form>
    </div>
  );
}

function EscalateForm({ scenario, onAct }: Props) {
  const [message, setMessage] = useState('');
  const oncall = scenario.people['on-call'];
  return (
    <form className="inc-form" onSubmit={(e) => { e.preventDefault(); if (!message.trim()) return; onAct?.({ kind: 'escalate', message: message.trim() }); setMessage(''); }}>
      <label htmlFor="esc-message">Message to {oncall.name} ({oncall.role}): what you found and what you want to do</label>
      <textarea id="esc-message" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={4000} data-testid="escalate-message" />
      <button type="submit" className="secondary small" disabled={!onAct || !message.trim()} data-testid="escalate">Escalate <span className="inc-cost">{cost(scenario, { kind: 'escalate', message: 'x' })}</span></button>
    </form>
  );
}

export function Channel(props: Props) {
  const [tab, setTab] = useState('update');
  return (
    <section className="inc-channel" aria-labelledby="inc-channel-title">
      <h2 id="inc-channel-title">#incident channel</h2>
      <Messages {...props} />
      {props.onAct && (
        <Tabs label="Write to the channel" active={tab} onChange={setTab} className="inc-composer" tabs={[
          { id: 'update', label: 'Status update', content: <UpdateForm {...props} /> },
          { id: 'ask', label: 'Ask a question', content: <AskForm {...props} /> },
          { id: 'escalate', label: 'Escalate', content: <EscalateForm {...props} /> },
        ]} />
      )}
    </section>
  );
}
