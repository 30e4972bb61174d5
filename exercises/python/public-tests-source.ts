// Pure: builds the candidate-visible `test_ingest.py` (public unittest tests) from a variant's expected sample-data outcome.

export interface PublicTestExpectations {
  table: string;
  /** Keys (as Python literals) of every row the sample files should leave in the table. */
  loadedKeys: string[];
  read: number;
  duplicates: number;
  quarantined: number;
  /** Spot checks: the row with this key (Python literal) has this field equal to this value (Python literal). */
  spotChecks: { key: string; field: string; value: string; why: string }[];
  /** Fields holding decimals, compared as floats so float and Decimal both pass. */
  decimalFields: string[];
}

export function buildPublicTestsSource(e: PublicTestExpectations): string {
  const checks = e.spotChecks
    .map(
      (c) => String.raw`
    def test_${c.why}(self):
        row = self.warehouse.get(TABLE, ${c.key})
        self.assertIsNotNone(row, "expected a row for key " + repr(${c.key}))
        self.assertEqual(as_comparable(${JSON.stringify(c.field)}, row[${JSON.stringify(c.field)}]), as_comparable(${JSON.stringify(c.field)}, ${c.value}))
`,
    )
    .join('');
  return String.raw`"""Public tests: run them with the Run tests button. More tests run at grading."""
import os
import unittest

from ingest import run_ingest
from warehouse import Warehouse

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
TABLE = "${e.table}"
DECIMAL_FIELDS = {${e.decimalFields.map((f) => JSON.stringify(f)).join(', ')}}


def as_comparable(field, value):
    # Decimals may be float or Decimal; compare them as rounded floats.
    if field in DECIMAL_FIELDS and value is not None:
        return round(float(value), 6)
    return value


class PublicIngestTests(unittest.TestCase):
    def setUp(self):
        self.warehouse = Warehouse()
        self.summary = run_ingest(DATA_DIR, self.warehouse)

    def test_loads_every_valid_record_once(self):
        loaded = [self.warehouse.get(TABLE, k) for k in [${e.loadedKeys.join(', ')}]]
        self.assertNotIn(None, loaded, "a valid record is missing from the table")
        self.assertEqual(self.warehouse.count(TABLE), ${e.loadedKeys.length})

    def test_quarantines_invalid_records_with_a_reason(self):
        entries = self.warehouse.quarantined(TABLE)
        self.assertEqual(len(entries), ${e.quarantined})
        for entry in entries:
            self.assertTrue(entry["reason"].strip(), "every quarantined record needs a reason")

    def test_summary_adds_up(self):
        s = self.summary
        self.assertEqual(s["read"], ${e.read})
        self.assertEqual(s["loaded"], ${e.loadedKeys.length})
        self.assertEqual(s["unchanged"], 0)
        self.assertEqual(s["duplicates"], ${e.duplicates})
        self.assertEqual(s["quarantined"], ${e.quarantined})
        self.assertEqual(len(self.warehouse.runs), 1, "record the run with warehouse.record_run(summary)")
${checks}

if __name__ == "__main__":
    unittest.main()
`;
}
