// Pure: builds the candidate's task text (markdown) and starter ingest.py from a variant's declared schema.
import type { FieldSpec } from './python-variant-schema';

function describeField(f: FieldSpec): string {
  const rules: string[] = [f.required ? 'required' : 'optional', f.type];
  if (f.allowed) rules.push(`one of ${f.allowed.map((a) => `\`${a}\``).join(', ')}`);
  if (f.pattern) rules.push(`matches \`${f.pattern}\``);
  if (f.min !== undefined) rules.push(`at least ${f.min}`);
  return `| \`${f.name}\` | ${rules.join('; ')} | ${f.description} | \`${f.examples[0]}\` |`;
}

export interface TaskTextParts {
  title: string;
  story: string;
  table: string;
  keyField: string;
  fields: FieldSpec[];
  files: { path: string; description: string }[];
}

export function buildTaskText(p: TaskTextParts): string {
  return `# ${p.title}

${p.story}

## What to build
Complete \`run_ingest(source_dir, warehouse)\` in **ingest.py** (the only file you edit). It must:

1. Read every \`.csv\` and \`.json\` file in \`source_dir\`, in file-name order. CSV files have a header row and may
   start with a UTF-8 byte-order mark; JSON files hold a list of objects. Skip blank lines. A completely empty file
   (0 bytes), a CSV with only its header and a JSON empty list hold no records: load nothing from them and raise no
   error. Read CSV columns by their header name, not by position: columns may come in any order, extra source
   columns are ignored, and an optional column may be missing altogether (its field loads as \`None\`).
2. Check each record against the schema below. Trim spaces around values; an empty string, \`null\` or a missing
   field counts as absent. Text may hold any script, quotes, commas and line breaks (inside quoted CSV values): keep
   it as written, only trimmed. JSON values may be numbers, numeric strings, booleans or \`null\`, and an item of
   the list that is not an object is an invalid record.
3. Load each valid record into the \`${p.table}\` table **idempotently**: running the same files twice must not load
   anything twice (the key is \`${p.keyField}\`), and a record whose values changed since the last run is updated in
   place. If a key appears more than once in one run, in one file or across files, the last valid occurrence (in
   file-name order) wins and the earlier ones count as duplicates.
4. Put every invalid record in quarantine (\`warehouse.quarantine(...)\`) with the record as it was read and a
   reason that names the field and the problem. A CSV row with more values than the header is invalid too. A file
   in which no record is valid loads nothing and quarantines every record.
5. Return a summary dict and pass it to \`warehouse.record_run(summary)\`.
6. Handle large files: grading loads a file of 10,000 rows, and that run must take under 3 seconds of CPU time.

## Declared schema: table \`${p.table}\`, key \`${p.keyField}\`
| Field | Rules | Meaning | Example |
|---|---|---|---|
${p.fields.map(describeField).join('\n')}

Type rules: **integer** is a whole number (a JSON number or a string of digits); **decimal** is a plain number
such as \`12.5\` or \`"12.50"\` (no thousands separators or currency signs; booleans are not numbers);
**date** is a real calendar date written \`YYYY-MM-DD\`; **email** looks like \`name@domain.tld\`.
Loaded rows hold exactly the schema's fields: trimmed strings, integers as \`int\`, decimals as \`float\` or
\`Decimal\`, dates as \`YYYY-MM-DD\` strings, and \`None\` for an absent optional field. Extra source columns are
ignored.

## Summary
\`run_ingest\` returns a dict with at least these integer counts:
\`read\` (records read, blank lines excluded), \`loaded\` (rows inserted or changed), \`unchanged\` (valid records
already loaded with the same values), \`duplicates\` and \`quarantined\`. They add up:
\`read == loaded + unchanged + duplicates + quarantined\`.

## Errors
Fail with a clear exception rather than loading half-checked data: a missing \`source_dir\` raises
\`FileNotFoundError\`; a non-empty file that cannot be parsed, or a CSV header without a required column (the key
column included), raises \`ValueError\` whose message names the file (and the column).

## Files
${p.files.map((f) => `- \`${f.path}\`: ${f.description}`).join('\n')}

Use the **Run tests** button for the public tests in \`test_ingest.py\`. More tests run when your work is graded,
on other files that follow the rules above: code that only fits the sample files will not pass them. Readability,
error handling and logging count. Write to the warehouse only through its API (no other files written or deleted).
The warehouse password, if you ever needed one, comes from the environment (\`WAREHOUSE_PASSWORD\`), never from code.
`;
}

export function buildStarterSource(table: string, keyField: string): string {
  return String.raw`"""Ingest the source files into the warehouse's ${table} table."""
import csv
import json
import logging
import os

from warehouse import connect

TABLE = "${table}"
KEY = "${keyField}"

log = logging.getLogger("ingest")


def run_ingest(source_dir, warehouse):
    """Validate every record in source_dir and load the valid ones into TABLE.

    Returns the run summary (see the task for its keys).
    """
    # TODO: read the CSV and JSON files in source_dir
    # TODO: validate each record against the declared schema
    # TODO: upsert valid records by KEY, quarantine invalid ones with a reason
    # TODO: build the summary and record the run
    raise NotImplementedError("run_ingest is not written yet")


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    warehouse = connect(os.environ.get("WAREHOUSE_DSN"), os.environ.get("WAREHOUSE_PASSWORD"))
    summary = run_ingest(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"), warehouse)
    print(json.dumps(summary, indent=2, default=str))


if __name__ == "__main__":
    main()
`;
}
