// Pure (all processes): the registry of incident scenarios; each is validated by the scenario schema when loaded.
import { z } from 'zod';
import { ScenarioSchema, type IncidentScenario } from './scenario-schema';
import { billingCredentialRotation } from './scenarios/billing-credential-rotation';
import { ordersAmountRename } from './scenarios/orders-amount-rename';

/** Stable ids: a stored session names its scenario, so ids are never renamed or reused. */
export const INCIDENT_SCENARIO_IDS = ['orders-amount-rename', 'billing-credential-rotation'] as const;
export type IncidentScenarioId = (typeof INCIDENT_SCENARIO_IDS)[number];

const RAW: readonly unknown[] = [ordersAmountRename, billingCredentialRotation];

/** Validates raw scenarios; exported so a content test can feed it broken ones. */
export function loadIncidentScenarios(raw: readonly unknown[]): IncidentScenario[] {
  const out = raw.map((r, i) => {
    const parsed = ScenarioSchema.safeParse(r);
    if (!parsed.success) {
      const id = typeof r === 'object' && r !== null && 'scenarioId' in r ? String((r as { scenarioId: unknown }).scenarioId) : `#${i}`;
      throw new Error(`Incident scenario ${id} is invalid: ${z.prettifyError(parsed.error)}`);
    }
    return parsed.data;
  });
  const ids = new Set<string>();
  for (const s of out) {
    if (ids.has(s.scenarioId)) throw new Error(`Incident scenario id ${s.scenarioId} is used twice`);
    ids.add(s.scenarioId);
  }
  return out;
}

let cache: IncidentScenario[] | undefined;

export function listIncidentScenarios(): IncidentScenario[] {
  cache ??= loadIncidentScenarios(RAW);
  return cache;
}

export function getIncidentScenario(id: string): IncidentScenario {
  const found = listIncidentScenarios().find((s) => s.scenarioId === id);
  if (!found) throw new Error(`Unknown incident scenario "${id}"; known scenarios: ${listIncidentScenarios().map((s) => s.scenarioId).join(', ')}`);
  return found;
}
