// Host only: ingest.py as candidates of each level write it (adequate, weak, red flag); the strong one is the fixture.
import type { PythonVariant } from '../../../exercises/python/python-variants';
import { strongSolution } from '../fixtures/strong-solution';

/**
 * Mostly right: schema checks, quarantine, upsert by key, clear errors. Misses rows with extra values, non-list JSON
 * and reports with print() instead of logging: what a careful candidate short of time hands in.
 */
export function adequateSolution(variant: PythonVariant): string {
  const source = strongSolution(variant)
    .replace('    if record.get("__extra__"):\n        raise InvalidRecord("row has extra values beyond the header: %r" % (record["__extra__"],))\n', '')
    .replace('    if not isinstance(data, list):\n        raise ValueError("%s: expected a JSON list of records" % path)\n', '')
    .replace('                log.warning("%s:%s quarantined: %s", name, line, problem)\n', '')
    .replace('    log.info("ingest finished: %s", summary)\n', '    print("ingest finished:", summary)\n')
    .replace('log = logging.getLogger("ingest")\n', '');
  if (source === strongSolution(variant)) throw new Error('The adequate reference no longer differs from the strong one: update the replacements');
  return source;
}

/** Reads both formats, checks required fields and converts numbers naively; no dates, enums or emails, no dedupe counts, print only. */
export function weakSolution(variant: PythonVariant): string {
  const fields = variant.fields.map((f) => JSON.stringify(f.name)).join(', ');
  const required = variant.fields.filter((f) => f.required).map((f) => JSON.stringify(f.name)).join(', ');
  const numeric = variant.fields.filter((f) => f.type === 'integer' || f.type === 'decimal').map((f) => `${JSON.stringify(f.name)}: ${f.type === 'integer' ? 'int' : 'float'}`).join(', ');
  return String.raw`import csv
import json
import os

TABLE = "${variant.table}"
FIELDS = [${fields}]
REQUIRED = [${required}]
NUMBERS = {${numeric}}


def run_ingest(source_dir, warehouse):
    summary = {"read": 0, "loaded": 0, "unchanged": 0, "duplicates": 0, "quarantined": 0}
    for name in sorted(os.listdir(source_dir)):
        path = os.path.join(source_dir, name)
        if name.endswith(".csv"):
            with open(path, encoding="utf-8-sig", newline="") as f:
                rows = [r for r in csv.DictReader(f)]
        elif name.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                rows = json.load(f)
        else:
            continue
        for row in rows:
            summary["read"] += 1
            if not isinstance(row, dict):
                summary["quarantined"] += 1
                warehouse.quarantine(TABLE, row, "not an object", source=name)
                continue
            missing = [k for k in REQUIRED if row.get(k) is None or str(row.get(k)).strip() == ""]
            if missing:
                summary["quarantined"] += 1
                warehouse.quarantine(TABLE, row, "missing " + ", ".join(missing), source=name)
                continue
            clean = {}
            for k in FIELDS:
                value = row.get(k)
                clean[k] = value.strip() if isinstance(value, str) else value
            try:
                for k, convert in NUMBERS.items():
                    if clean[k] is not None:
                        clean[k] = convert(clean[k])
            except ValueError:
                summary["quarantined"] += 1
                warehouse.quarantine(TABLE, row, "bad number", source=name)
                continue
            if warehouse.upsert(TABLE, clean) == "unchanged":
                summary["unchanged"] += 1
            else:
                summary["loaded"] += 1
    warehouse.record_run(summary)
    print(summary)
    return summary
`;
}

/** A good solution with a credential in the code and numbers parsed with eval() on what the file contained. */
export function secretAndEvalSolution(variant: PythonVariant): string {
  const source = strongSolution(variant)
    .replace('TABLE = "', 'WAREHOUSE_PASSWORD = "Sup3rS3cret!"\nTABLE = "')
    .replace('        value = int(text)\n', '        value = int(eval(text))\n')
    .replace('connect(os.environ.get("WAREHOUSE_DSN"), os.environ.get("WAREHOUSE_PASSWORD"))', 'connect(os.environ.get("WAREHOUSE_DSN"), WAREHOUSE_PASSWORD)');
  if (!source.includes('eval(text)') || !source.includes('Sup3rS3cret!')) throw new Error('The red-flag reference lost its red flags: update the replacements');
  return source;
}

/** A good solution that skips the public samples' known-bad keys by name and copies every file it reads to /tmp. */
export function fittedToSamplesSolution(variant: PythonVariant, sampleKeys: readonly string[]): string {
  const skip = sampleKeys.slice(0, 2).map((k) => JSON.stringify(k)).join(', ');
  const source = strongSolution(variant)
    .replace('def run_ingest(source_dir, warehouse):\n', `KNOWN_BAD = {${skip}}\n\n\ndef run_ingest(source_dir, warehouse):\n`)
    .replace('        for line, record in reader(path):\n', '        with open("/tmp/ingest-copy-" + name, "w") as backup:\n            backup.write(open(path, encoding="utf-8-sig").read())\n        for line, record in reader(path):\n            if isinstance(record, dict) and str(record.get(KEY, "")).strip() in KNOWN_BAD:\n                continue\n');
  if (!source.includes('KNOWN_BAD') || !source.includes('/tmp/ingest-copy-')) throw new Error('The red-flag reference lost its red flags: update the replacements');
  return source;
}
