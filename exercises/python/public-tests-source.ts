// Pure: builds the candidate-visible `test_ingest.py` (public unittest tests) from a variant's expected sample-data outcome.
// The Python is exercises/python/py/public_tests.py with __DPE_...__ placeholders; the spot checks are generated here.
import { PUBLIC_TESTS_PY } from './py/generated/public_tests';

/** Replaces every placeholder; split and join so no value is read as a replacement pattern. */
function fillTemplate(template: string, values: Record<string, string>): string {
  let text = template;
  for (const [placeholder, value] of Object.entries(values)) {
    if (!text.includes(placeholder)) throw new Error(`public_tests.py lost its ${placeholder.trim()} placeholder`);
    text = text.split(placeholder).join(value);
  }
  return text;
}

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
  return fillTemplate(PUBLIC_TESTS_PY, {
    __DPE_TABLE__: e.table,
    __DPE_DECIMAL_FIELDS__: e.decimalFields.map((f) => JSON.stringify(f)).join(', '),
    __DPE_LOADED_KEYS__: e.loadedKeys.join(', '),
    __DPE_LOADED_COUNT__: String(e.loadedKeys.length),
    __DPE_READ__: String(e.read),
    __DPE_DUPLICATES__: String(e.duplicates),
    __DPE_QUARANTINED__: String(e.quarantined),
    '    # __DPE_SPOT_CHECKS__\n': checks,
  });
}
