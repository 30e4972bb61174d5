// Host only (pure): the public tests (test_ingest.py) re-checked on the host: the sandbox runs the candidate's
// run_ingest on the sample files and the host applies the same expectations the candidate's public tests state.
import { ORDERS_PUBLIC_EXPECTATIONS } from '../../exercises/python/orders-variant';
import type { PublicTestExpectations } from '../../exercises/python/public-tests-source';
import { SIGNUPS_PUBLIC_EXPECTATIONS } from '../../exercises/python/signups-variant';
import { CheckStop, ScenarioCheck } from './scenario-check';
import { isPyDict, pyFloat, type PyValue } from './scenario-report';
import type { ScenarioSchema } from './scenario-inputs';

const EXPECTATIONS: Record<string, PublicTestExpectations> = {
  'orders-ingest': ORDERS_PUBLIC_EXPECTATIONS,
  'signups-ingest': SIGNUPS_PUBLIC_EXPECTATIONS,
};

/** The spot checks hold Python literals (strings, numbers, None); all of them are JSON except None. */
function literal(text: string): PyValue {
  return text === 'None' ? null : (JSON.parse(text) as PyValue);
}

export function publicExpectations(variantId: string): PublicTestExpectations {
  const e = EXPECTATIONS[variantId];
  if (!e) throw new Error(`No public-test expectations for Python variant "${variantId}"`);
  return e;
}

/** Keys the public checks look up. */
export function publicKeys(variantId: string): (string | number)[] {
  const e = publicExpectations(variantId);
  return [...new Set([...e.loadedKeys, ...e.spotChecks.map((c) => c.key)].map((k) => literal(k) as string | number))];
}

export interface PublicTestCheck {
  /** The test method's name in test_ingest.py, as the candidate sees it. */
  name: string;
  check(c: ScenarioCheck): void;
}

export function publicTestChecks(variantId: string): PublicTestCheck[] {
  const e = publicExpectations(variantId);
  const keys = e.loadedKeys.map(literal);
  const asComparable = (field: string, v: PyValue) => (e.decimalFields.includes(field) && v !== null ? Math.round(pyFloat(v) * 1e6) / 1e6 : v);
  const tests: PublicTestCheck[] = [
    {
      name: 'test_loads_every_valid_record_once',
      check: (c) => {
        c.summary();
        const missing = keys.filter((k) => c.row(k as string | number) === null);
        if (missing.length) c.fail(`a valid record is missing from the table: ${missing.map((k) => JSON.stringify(k)).join(', ')}`);
        c.equal(c.count(), keys.length, 'rows in the table');
      },
    },
    {
      name: 'test_quarantines_invalid_records_with_a_reason',
      check: (c) => {
        c.summary();
        c.equal(c.quarantinedCount(), e.quarantined, 'records quarantined');
        for (const entry of c.quarantined()) {
          if (typeof entry.reason !== 'string' || !entry.reason.trim()) c.fail('every quarantined record needs a reason');
        }
      },
    },
    {
      name: 'test_summary_adds_up',
      check: (c) => {
        const s = c.summary();
        const want: [string, number][] = [['read', e.read], ['loaded', keys.length], ['unchanged', 0], ['duplicates', e.duplicates], ['quarantined', e.quarantined]];
        for (const [k, v] of want) c.equal(c.field(s, k), v, k);
        c.equal(c.runs(), 1, 'runs recorded with warehouse.record_run(summary)');
      },
    },
  ];
  for (const spot of e.spotChecks) {
    tests.push({
      name: `test_${spot.why}`,
      check: (c) => {
        c.summary();
        const key = literal(spot.key) as string | number;
        const row = c.row(key);
        if (row === null) c.fail(`expected a row for key ${JSON.stringify(key)}`);
        if (!isPyDict(row)) throw new CheckStop('error', `TypeError: the row for ${JSON.stringify(key)} is not a dict`);
        if (!(spot.field in row)) throw new CheckStop('error', `KeyError: ${JSON.stringify(spot.field)}`);
        let got: PyValue;
        try {
          got = asComparable(spot.field, row[spot.field]!);
        } catch (err) {
          throw new CheckStop('error', `ValueError: ${(err as Error).message}`);
        }
        c.equal(got, asComparable(spot.field, literal(spot.value)), `${spot.field} of ${JSON.stringify(key)}`);
      },
    });
  }
  return tests;
}

export type { ScenarioSchema };
