// Unit tests (Node): scenarios are data validated by a schema; a broken scenario is refused with a clear message.
import { describe, expect, it } from 'vitest';
import { INCIDENT_DEFINITION } from './definition';
import { IncidentActionSchema } from './actions';
import { loadIncidentScenarios, listIncidentScenarios, INCIDENT_SCENARIO_IDS } from './scenarios';
import { ordersAmountRename } from './scenarios/orders-amount-rename';
import { schemaDiff } from './views';

const clone = () => JSON.parse(JSON.stringify(ordersAmountRename));

describe('incident scenarios', () => {
  it('loads both scenarios with the ids sessions store', () => {
    expect(listIncidentScenarios().map((s) => s.scenarioId)).toEqual([...INCIDENT_SCENARIO_IDS]);
    expect(INCIDENT_DEFINITION.variants.map((v) => v.variantId)).toEqual([...INCIDENT_SCENARIO_IDS]);
  });

  it('the schema-drift scenario shows the rename in its diff; the credential scenario shows none', () => {
    const [drift, cred] = listIncidentScenarios();
    expect(schemaDiff(drift!).filter((d) => d.change !== 'same').map((d) => `${d.name}:${d.change}`)).toEqual(['amount:missing', 'amount_cents:new']);
    expect(schemaDiff(cred!).every((d) => d.change === 'same')).toBe(true);
  });

  it('refuses a DAG that depends on an unknown task, naming the scenario and the problem', () => {
    const broken = clone();
    broken.dag.tasks[1].upstream = ['extract_everything'];
    expect(() => loadIncidentScenarios([broken])).toThrow(/orders-amount-rename.*depends on unknown task extract_everything/s);
  });

  it('refuses a scenario without a clean fix, or with a deadline before the start', () => {
    const noCleanFix = clone();
    noCleanFix.fixes = noCleanFix.fixes.filter((f: { valueEffect: string }) => f.valueEffect !== 'none');
    expect(() => loadIncidentScenarios([noCleanFix])).toThrow(/at least one fix that repairs/);
    const late = clone();
    late.start = '09:30';
    expect(() => loadIncidentScenarios([late])).toThrow(/deadline must come after the start/);
  });

  it('refuses the same scenario id twice', () => {
    expect(() => loadIncidentScenarios([clone(), clone()])).toThrow(/used twice/);
  });

  it('the action schema refuses unknown kinds and malformed fields with a message', () => {
    expect(IncidentActionSchema.safeParse({ kind: 'delete-warehouse' }).success).toBe(false);
    const bad = IncidentActionSchema.safeParse({ kind: 'post-update', message: 'x', impact: '', eta: '9am', nextUpdate: '' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/HH:MM/);
  });
});
