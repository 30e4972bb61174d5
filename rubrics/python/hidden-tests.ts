// Host only: the hidden tests' stable ids, the criterion each feeds and what each proves; hidden-scenarios.ts holds
// each one's inputs and the host-side check.
export type HiddenCriterionId =
  | 'python.hidden.edge-files'
  | 'python.hidden.validation'
  | 'python.hidden.quarantine'
  | 'python.hidden.errors'
  | 'python.hidden.idempotency'
  | 'python.hidden.scale';

export interface HiddenTest {
  /** Stable id; stored grades refer to it. */
  id: string;
  /** The name the test had as a unittest method (kept: stored grades and the candidate-bundle leak check use it). */
  method: string;
  criterionId: HiddenCriterionId;
  /** Reviewer-facing description of what the test proves. */
  title: string;
  /** Longer limit for the scale test. */
  slow?: boolean;
}

const T = (id: string, method: string, criterionId: HiddenCriterionId, title: string, slow?: boolean): HiddenTest => ({ id, method, criterionId, title, ...(slow ? { slow } : {}) });

export const HIDDEN_TESTS: readonly HiddenTest[] = [
  T('python.hidden-test.empty-csv', 'test_empty_csv_file', 'python.hidden.edge-files', 'A 0-byte CSV loads nothing and does not crash'),
  T('python.hidden-test.header-only', 'test_header_only_csv', 'python.hidden.edge-files', 'A header-only CSV loads nothing'),
  T('python.hidden-test.empty-json', 'test_empty_json_list', 'python.hidden.edge-files', 'An empty JSON list loads nothing'),
  T('python.hidden-test.blank-lines', 'test_blank_lines_are_skipped', 'python.hidden.edge-files', 'Blank lines are skipped, not counted or quarantined'),
  T('python.hidden-test.extra-column', 'test_extra_column_is_ignored', 'python.hidden.edge-files', 'Schema drift: an added column is ignored, values stay aligned'),
  T('python.hidden-test.reordered-columns', 'test_reordered_columns', 'python.hidden.edge-files', 'Columns are read by name, not position'),
  T('python.hidden-test.missing-optional-column', 'test_missing_optional_column', 'python.hidden.edge-files', 'Schema drift: a dropped optional column loads as None'),
  T('python.hidden-test.unicode-text', 'test_unicode_quotes_and_multiline_text', 'python.hidden.edge-files', 'Non-ASCII text, quotes, commas and newlines survive'),
  T('python.hidden-test.bad-dates', 'test_rejects_bad_dates', 'python.hidden.validation', 'Impossible and wrongly formatted dates are rejected'),
  T('python.hidden-test.bad-numbers', 'test_rejects_bad_numbers', 'python.hidden.validation', 'Malformed and out-of-range numbers are rejected'),
  T('python.hidden-test.bad-enums-emails', 'test_rejects_bad_enums_and_emails', 'python.hidden.validation', 'Values outside the allowed set and malformed emails are rejected'),
  T('python.hidden-test.missing-values', 'test_rejects_missing_required_values', 'python.hidden.validation', 'Empty or blank required values are rejected'),
  T('python.hidden-test.bad-keys', 'test_rejects_malformed_keys', 'python.hidden.validation', 'Malformed keys are rejected'),
  T('python.hidden-test.mixed-json-types', 'test_mixed_types_in_json', 'python.hidden.validation', 'JSON numbers, numeric strings, booleans, nulls and non-objects are handled'),
  T('python.hidden-test.all-invalid', 'test_all_invalid_file', 'python.hidden.quarantine', 'A file of only invalid records loads nothing and quarantines all'),
  T('python.hidden-test.reason-names-field', 'test_reason_names_the_field', 'python.hidden.quarantine', 'Quarantine reasons name the field and keep the record'),
  T('python.hidden-test.summary-counts', 'test_summary_counts_add_up', 'python.hidden.quarantine', 'The run summary adds up and the run is recorded'),
  T('python.hidden-test.missing-dir', 'test_missing_source_dir', 'python.hidden.errors', 'A missing source directory raises FileNotFoundError'),
  T('python.hidden-test.missing-required-column', 'test_missing_required_column', 'python.hidden.errors', 'A missing required column raises ValueError naming column and file'),
  T('python.hidden-test.missing-key-column', 'test_missing_key_column', 'python.hidden.errors', 'A missing key column raises ValueError naming it'),
  T('python.hidden-test.malformed-json', 'test_malformed_json', 'python.hidden.errors', 'Unparseable JSON raises ValueError naming the file'),
  T('python.hidden-test.rerun', 'test_second_run_loads_nothing', 'python.hidden.idempotency', 'Running twice loads nothing twice'),
  T('python.hidden-test.rerun-changed', 'test_rerun_after_change_updates_in_place', 'python.hidden.idempotency', 'A changed record is updated in place on re-run'),
  T('python.hidden-test.duplicate-keys', 'test_duplicate_keys_last_wins', 'python.hidden.idempotency', 'Duplicate keys in one file: the last one wins'),
  T('python.hidden-test.key-across-files', 'test_same_key_in_csv_and_json', 'python.hidden.idempotency', 'The same key in CSV and JSON yields one row'),
  T('python.hidden-test.scale', 'test_large_file_within_time_bound', 'python.hidden.scale', 'A 10,000-row file loads within the time bound', true),
];
