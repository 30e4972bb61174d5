// Unit test: every hidden test traces to a sentence of the task text the candidate reads, and every output format the
// SQL grader compares is stated in the variant's prompt. A hidden test with no sentence here is a rule candidates
// could not know; add the sentence to exercises/python/task-text.ts before adding the test.
import { describe, expect, it } from 'vitest';
import { getPythonVariant } from '../../../exercises/python/python-variants';
import { PYTHON_VARIANT_IDS } from '../../../exercises/python/variant-ids';
import { listSqlVariants } from '../../../exercises/sql/variants';
import { HIDDEN_TESTS } from '../hidden-tests';

/** Hidden test id → the sentence(s) of the task text it checks, quoted (markdown stripped, whitespace collapsed). */
const TRACE: Record<string, string[]> = {
  'python.hidden-test.empty-csv': ['A completely empty file (0 bytes), a CSV with only its header and a JSON empty list hold no records: load nothing from them and raise no error.'],
  'python.hidden-test.header-only': ['a CSV with only its header'],
  'python.hidden-test.empty-json': ['a JSON empty list hold no records'],
  'python.hidden-test.blank-lines': ['Skip blank lines.', 'records read, blank lines excluded'],
  'python.hidden-test.extra-column': ['extra source columns are ignored'],
  'python.hidden-test.reordered-columns': ['Read CSV columns by their header name, not by position: columns may come in any order'],
  'python.hidden-test.missing-optional-column': ['an optional column may be missing altogether (its field loads as None)'],
  'python.hidden-test.unicode-text': ['Text may hold any script, quotes, commas and line breaks (inside quoted CSV values): keep it as written, only trimmed.'],
  'python.hidden-test.bad-dates': ['date is a real calendar date written YYYY-MM-DD'],
  'python.hidden-test.bad-numbers': ['decimal is a plain number such as 12.5 or "12.50" (no thousands separators or currency signs; booleans are not numbers)'],
  'python.hidden-test.bad-enums-emails': ['email looks like name@domain.tld', 'Check each record against the schema below.'],
  'python.hidden-test.missing-values': ['an empty string, null or a missing field counts as absent'],
  'python.hidden-test.bad-keys': ['Check each record against the schema below.'],
  'python.hidden-test.mixed-json-types': ['JSON values may be numbers, numeric strings, booleans or null, and an item of the list that is not an object is an invalid record.'],
  'python.hidden-test.all-invalid': ['A file in which no record is valid loads nothing and quarantines every record.'],
  'python.hidden-test.reason-names-field': ['with the record as it was read and a reason that names the field and the problem'],
  'python.hidden-test.summary-counts': ['They add up: read == loaded + unchanged + duplicates + quarantined.', 'Return a summary dict and pass it to warehouse.record_run(summary).'],
  'python.hidden-test.missing-dir': ['a missing source_dir raises FileNotFoundError'],
  'python.hidden-test.missing-required-column': ['a CSV header without a required column (the key column included), raises ValueError whose message names the file (and the column)'],
  'python.hidden-test.missing-key-column': ['a CSV header without a required column (the key column included)'],
  'python.hidden-test.malformed-json': ['a non-empty file that cannot be parsed'],
  'python.hidden-test.rerun': ['running the same files twice must not load anything twice'],
  'python.hidden-test.rerun-changed': ['a record whose values changed since the last run is updated in place'],
  'python.hidden-test.duplicate-keys': ['the last valid occurrence (in file-name order) wins and the earlier ones count as duplicates'],
  'python.hidden-test.key-across-files': ['If a key appears more than once in one run, in one file or across files'],
  'python.hidden-test.scale': ['Handle large files: grading loads a file of 10,000 rows, and that run must take under 3 seconds of CPU time.'],
};

const plain = (markdown: string) => markdown.replace(/[`*]/g, '').replace(/\s+/g, ' ');

describe('task text and hidden tests agree', () => {
  it('traces every hidden test to a sentence of every variant\'s task text', () => {
    expect(Object.keys(TRACE).sort()).toEqual(HIDDEN_TESTS.map((t) => t.id).sort());
    for (const variantId of PYTHON_VARIANT_IDS) {
      const text = plain(getPythonVariant(variantId).taskText);
      for (const [testId, sentences] of Object.entries(TRACE)) {
        for (const sentence of sentences) expect({ variantId, testId, found: text.includes(sentence) }).toEqual({ variantId, testId, found: true });
      }
    }
  });

  it('states every output format the SQL grader compares in the prompt: column order, row order, and the month label', () => {
    for (const variant of listSqlVariants()) {
      expect(variant.prompt).toMatch(/reads (two|three|four) columns in this order/);
      expect(variant.prompt).toMatch(variant.resultOrderMatters ? /Row order matters/ : /Row order does not matter/);
      if (variant.tile.columns.some((c) => c.format === 'month')) expect(variant.prompt).toContain('written exactly YYYY-MM');
      expect(variant.prompt).toMatch(/Statements that change data .* are flagged for the reviewer/);
    }
  });
});
