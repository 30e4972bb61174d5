// Pure (all processes): what one action handler returns to the reducer: its cost, its journal line and its effect.
import type { IncidentScenario, IncidentFact } from './scenario-schema';
import type { IncidentState, JournalTone } from './state';

export interface Step {
  minutes: number;
  tone: JournalTone;
  summary: string;
  /** Applied at the end of the action (`at`), after the world events the action's minutes spanned. */
  apply?(state: IncidentState, at: number): IncidentState;
}

export interface StepContext {
  scenario: IncidentScenario;
  state: IncidentState;
  /** When the action starts. */
  at: number;
}

/** Every refused action still costs a minute: trying something costs time in a real control room too. */
export const refuse = (summary: string): Step => ({ minutes: 1, tone: 'refused', summary });

export function learn(state: IncidentState, ...facts: IncidentFact[]): IncidentState {
  const missing = facts.filter((f) => !state.facts.includes(f));
  return missing.length ? { ...state, facts: [...state.facts, ...missing] } : state;
}
