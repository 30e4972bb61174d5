# dpe-template: the candidate-visible test_ingest.py; exercises/python/public-tests-source.ts fills the __DPE_...__
# dpe-template: placeholders per variant (table, expected counts, spot checks). They are names, so tools can parse this.
"""Public tests: run them with the Run tests button. More tests run at grading."""
import os
import unittest

from ingest import run_ingest
from warehouse import Warehouse

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
TABLE = "__DPE_TABLE__"
DECIMAL_FIELDS = {__DPE_DECIMAL_FIELDS__}


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
        loaded = [self.warehouse.get(TABLE, k) for k in [__DPE_LOADED_KEYS__]]
        self.assertNotIn(None, loaded, "a valid record is missing from the table")
        self.assertEqual(self.warehouse.count(TABLE), __DPE_LOADED_COUNT__)

    def test_quarantines_invalid_records_with_a_reason(self):
        entries = self.warehouse.quarantined(TABLE)
        self.assertEqual(len(entries), __DPE_QUARANTINED__)
        for entry in entries:
            self.assertTrue(entry["reason"].strip(), "every quarantined record needs a reason")

    def test_summary_adds_up(self):
        s = self.summary
        self.assertEqual(s["read"], __DPE_READ__)
        self.assertEqual(s["loaded"], __DPE_LOADED_COUNT__)
        self.assertEqual(s["unchanged"], 0)
        self.assertEqual(s["duplicates"], __DPE_DUPLICATES__)
        self.assertEqual(s["quarantined"], __DPE_QUARANTINED__)
        self.assertEqual(len(self.warehouse.runs), 1, "record the run with warehouse.record_run(summary)")
    # __DPE_SPOT_CHECKS__


if __name__ == "__main__":
    unittest.main()
