// Pure (all processes): what the world does while the clock runs: stakeholders chase silence and broken promises,
// the deadline passes, and risky fixes come back as alerts. Raised once each, at the simulated time they happen.
import { parseClock } from './clock';
import type { IncidentScenario } from './scenario-schema';
import type { ChannelMessage, IncidentState } from './state';

interface PendingEvent {
  id: string;
  at: number;
  apply(state: IncidentState): IncidentState;
}

const say = (state: IncidentState, message: ChannelMessage): IncidentState => ({ ...state, messages: [...state.messages, message] });

/** A correct report went out at or before `t`. */
export function correctBy(state: IncidentState, t: number): boolean {
  return state.publications.some((p) => p.quality === 'correct' && p.at <= t);
}

function pendingEvents(scenario: IncidentScenario, state: IncidentState): PendingEvent[] {
  const events: PendingEvent[] = [];
  const r = scenario.reactions;
  r.reminders.forEach((reminder, i) => {
    const at = parseClock(reminder.at);
    // Silence is chased only while the report is still missing: a correct report answers the question too.
    if (!state.updates.some((u) => u.at < at) && !correctBy(state, at)) {
      events.push({ id: `reminder:${i}`, at, apply: (s) => say(s, { at, from: 'stakeholder', kind: 'message', text: reminder.text }) });
    }
  });
  const last = state.updates.at(-1);
  const lastIndex = state.updates.length - 1;
  if (last?.nextUpdate != null && last.nextUpdate > last.at) {
    const at = last.nextUpdate + 5;
    if (!correctBy(state, at)) events.push({ id: `next-update-missed:${lastIndex}`, at, apply: (s) => say(s, { at, from: 'stakeholder', kind: 'message', text: r.nextUpdateMissed }) });
  }
  if (last?.eta != null && last.eta > last.at) {
    const at = last.eta + 5;
    if (!correctBy(state, at)) events.push({ id: `eta-missed:${lastIndex}`, at, apply: (s) => say(s, { at, from: 'stakeholder', kind: 'message', text: r.etaMissed }) });
  }
  const deadline = parseClock(scenario.deadline);
  if (!correctBy(state, deadline)) {
    events.push({ id: 'deadline', at: deadline, apply: (s) => say(s, { at: deadline, from: 'stakeholder', kind: 'message', text: r.deadlineMissed }) });
  }
  const fix = scenario.fixes.find((f) => f.fixId === state.fixId);
  if (fix?.laterAlert && state.fixAppliedAt !== null) {
    const at = state.fixAppliedAt + fix.laterAlert.afterMinutes;
    const alert = fix.laterAlert;
    events.push({
      id: `fix-alert:${fix.fixId}`,
      at,
      apply: (s) => ({ ...say(s, { at, from: 'alert', kind: 'alert', text: `${alert.source}: ${alert.text}` }), alerts: [...s.alerts, { at, source: alert.source, text: alert.text }] }),
    });
  }
  return events;
}

/**
 * Raises every event due in (state.clock, until], in time order, then sets the clock. Events are decided from the world
 * as it stood before the action that spans them: an update posted at 07:20 does not silence a 07:15 reminder.
 */
export function advanceClock(scenario: IncidentScenario, state: IncidentState, until: number): IncidentState {
  const due = pendingEvents(scenario, state)
    .filter((e) => !state.fired.includes(e.id) && e.at > state.clock && e.at <= until)
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  let next = state;
  for (const e of due) next = { ...e.apply(next), fired: [...next.fired, e.id] };
  return { ...next, clock: until };
}
