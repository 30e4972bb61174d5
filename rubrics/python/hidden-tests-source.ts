// Host only: the hidden unittest module run at grading time (never shipped to candidates); generic, driven by a variant spec.

/** `specLiteral` is a Python expression yielding the spec dict (table, key, fields, keyTemplate, badKeys, scaleRows, scaleSeconds). */
export function hiddenTestsSource(specLiteral: string): string {
  return String.raw`"""Hidden grading tests for the ingestion exercise."""
import csv
import io
import json
import os
import shutil
import tempfile
import time
import unittest

from ingest import run_ingest
from warehouse import Warehouse

SPEC = ${specLiteral}
TABLE, KEY, FIELDS = SPEC["table"], SPEC["key"], SPEC["fields"]
NAMES = [f["name"] for f in FIELDS]
BY_NAME = {f["name"]: f for f in FIELDS}
KEY_IS_INT = BY_NAME[KEY]["type"] == "integer"
TEXT_FIELD = next(f["name"] for f in FIELDS if f["type"] == "string" and f["name"] != KEY and f["required"])
OPTIONAL = [f["name"] for f in FIELDS if not f["required"]]
NOTE_FIELD = next((n for n in OPTIONAL if BY_NAME[n]["type"] == "string"), None)
ENUM_FIELD = next(f["name"] for f in FIELDS if f["type"] == "enum" and len(f["allowed"]) > 1)
REQUIRED_NON_KEY = next(f["name"] for f in FIELDS if f["required"] and f["name"] != KEY)


def key_of(n):
    return n if KEY_IS_INT else SPEC["keyTemplate"].format(n=n)


def good(n):
    record = {}
    for f in FIELDS:
        name, kind = f["name"], f["type"]
        if name == KEY:
            value = SPEC["keyTemplate"].format(n=n)
        elif kind == "enum":
            value = f["allowed"][n % len(f["allowed"])]
        elif kind == "email":
            value = "user%d@example.com" % n
        elif kind == "date":
            value = "2024-%02d-%02d" % (n % 12 + 1, n % 28 + 1)
        elif kind == "decimal":
            value = "%d.%02d" % (n % 900 + 1 + max(0, int(f.get("min") or 0)), n % 100)
        elif kind == "integer":
            value = str(n % 9 + max(1, int(f.get("min") or 0)))
        else:
            value = f["examples"][n % len(f["examples"])]
        record[name] = value
    return record


def comparable(name, value):
    kind = BY_NAME[name]["type"]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind == "decimal":
        return round(float(value), 6)
    if kind == "integer":
        return int(value)
    if kind == "date":
        return str(value)[:10]
    return value.strip() if isinstance(value, str) else value


class HiddenTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="hidden_")
        self.warehouse = Warehouse()

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write_csv(self, rows, header=None, name="source.csv", bom=True, newline="\r\n"):
        header = NAMES if header is None else header
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator=newline)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row if isinstance(row, list) else [row.get(h, "") for h in header])
        self.write_text(name, ("\ufeff" if bom else "") + buffer.getvalue())

    def write_json(self, records, name="source.json"):
        self.write_text(name, json.dumps(records, ensure_ascii=False, indent=1))

    def write_text(self, name, text):
        with open(os.path.join(self.dir, name), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    def ingest(self):
        return run_ingest(self.dir, self.warehouse)

    def count(self):
        return self.warehouse.count(TABLE)

    def assertRow(self, record):
        key = int(record[KEY]) if KEY_IS_INT else record[KEY].strip()
        row = self.warehouse.get(TABLE, key)
        self.assertIsNotNone(row, "no row for key %r" % record[KEY])
        for name in NAMES:
            self.assertEqual(comparable(name, row.get(name)), comparable(name, record.get(name)), "field %s" % name)

    def assertOnlyGoodLoaded(self, goods, bad_count):
        self.ingest()
        self.assertEqual(self.count(), len(goods), "only the valid records should be loaded")
        self.assertEqual(len(self.warehouse.quarantined(TABLE)), bad_count, "every invalid record should be quarantined")
        for record in goods:
            self.assertRow(record)

    def with_value(self, n, name, value):
        record = good(n)
        record[name] = value
        return record


class EdgeFileTests(HiddenTestCase):
    def test_empty_csv_file(self):
        self.write_text("source.csv", "")
        summary = self.ingest()
        self.assertEqual((self.count(), summary["read"], summary["quarantined"]), (0, 0, 0))

    def test_header_only_csv(self):
        self.write_csv([])
        summary = self.ingest()
        self.assertEqual((self.count(), summary["read"]), (0, 0))

    def test_empty_json_list(self):
        self.write_json([])
        summary = self.ingest()
        self.assertEqual((self.count(), summary["read"]), (0, 0))

    def test_blank_lines_are_skipped(self):
        rows = [good(101), good(102), good(103)]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows([NAMES] + [[r[h] for h in NAMES] for r in rows])
        lines = buffer.getvalue().split("\r\n")
        self.write_text("source.csv", "\ufeff" + "\r\n\r\n".join(lines) + "\r\n\r\n")
        summary = self.ingest()
        self.assertEqual(self.count(), 3)
        self.assertEqual((summary["read"], summary["quarantined"]), (3, 0))

    def test_extra_column_is_ignored(self):
        header = NAMES[:1] + ["legacy_flag"] + NAMES[1:]
        rows = [dict(good(n), legacy_flag="Y") for n in (201, 202)]
        self.write_csv(rows, header=header)
        self.ingest()
        self.assertEqual(self.count(), 2)
        for record in rows:
            self.assertRow(record)
        self.assertNotIn("legacy_flag", self.warehouse.get(TABLE, key_of(201)))

    def test_reordered_columns(self):
        rows = [good(n) for n in (301, 302, 303)]
        self.write_csv(rows, header=list(reversed(NAMES)))
        self.assertOnlyGoodLoaded(rows, 0)

    def test_missing_optional_column(self):
        header = [n for n in NAMES if n not in OPTIONAL]
        rows = [good(n) for n in (401, 402)]
        self.write_csv(rows, header=header)
        self.ingest()
        self.assertEqual(self.count(), 2)
        for name in OPTIONAL:
            self.assertIsNone(self.warehouse.get(TABLE, key_of(401))[name])

    def test_unicode_quotes_and_multiline_text(self):
        record = self.with_value(501, TEXT_FIELD, 'Łucja "Lu" Ñúñez-Øster, Jr.')
        if NOTE_FIELD:
            record[NOTE_FIELD] = "first line, with a comma\nsecond line: 東京"
        self.write_csv([record, good(502)])
        self.assertOnlyGoodLoaded([record, good(502)], 0)


class ValidationTests(HiddenTestCase):
    def check_bad_values(self, bad):
        goods = [good(601), good(602)]
        records = goods + [self.with_value(700 + i, name, value) for i, (name, value) in enumerate(bad)]
        self.write_csv(records)
        self.assertOnlyGoodLoaded(goods, len(bad))

    def test_rejects_bad_dates(self):
        dates = [f["name"] for f in FIELDS if f["type"] == "date"]
        self.check_bad_values([(d, v) for d in dates for v in ("2024-02-30", "2024-13-01", "03/15/2024", "2024-3-5", "yesterday")])

    def test_rejects_bad_numbers(self):
        bad = []
        for f in FIELDS:
            if f["name"] == KEY:
                continue
            if f["type"] == "decimal":
                bad += [(f["name"], v) for v in ("12,50", "abc", "€12.00", "1.2.3")]
            if f["type"] == "integer":
                bad += [(f["name"], v) for v in ("2.5", "ten", "1,000")]
            if f["type"] in ("decimal", "integer") and f.get("min") is not None:
                bad.append((f["name"], str(int(f["min"]) - 1)))
        self.check_bad_values(bad)

    def test_rejects_bad_enums_and_emails(self):
        bad = []
        for f in FIELDS:
            if f["type"] == "enum":
                bad += [(f["name"], "unknown-value"), (f["name"], f["allowed"][0].swapcase())]
            if f["type"] == "email":
                bad += [(f["name"], v) for v in ("no-at-sign.example.com", "two@@example.com", "has space@example.com", "a@b")]
        self.check_bad_values(bad)

    def test_rejects_missing_required_values(self):
        required = [f["name"] for f in FIELDS if f["required"]]
        self.check_bad_values([(name, v) for name in required for v in ("", "   ")])

    def test_rejects_malformed_keys(self):
        self.check_bad_values([(KEY, v) for v in SPEC["badKeys"]])

    def test_mixed_types_in_json(self):
        native = good(801)
        for f in FIELDS:
            if f["type"] == "decimal":
                native[f["name"]] = float(native[f["name"]])
            if f["type"] == "integer":
                native[f["name"]] = int(native[f["name"]])
        as_strings = good(802)
        missing = good(803)
        del missing[REQUIRED_NON_KEY]
        numeric = next(f["name"] for f in FIELDS if f["type"] in ("decimal", "integer") and f["name"] != KEY)
        boolean = self.with_value(804, numeric, True)
        nulled = self.with_value(805, REQUIRED_NON_KEY, None)
        self.write_json([native, as_strings, missing, boolean, nulled, "not a record", [1, 2]])
        self.assertOnlyGoodLoaded([native, as_strings], 5)


class QuarantineTests(HiddenTestCase):
    def test_all_invalid_file(self):
        date = next(f["name"] for f in FIELDS if f["type"] == "date")
        self.write_csv([self.with_value(900 + i, date, "31/12/2024") for i in range(5)])
        summary = self.ingest()
        self.assertEqual(self.count(), 0)
        self.assertEqual(len(self.warehouse.quarantined(TABLE)), 5)
        self.assertEqual((summary["loaded"], summary["quarantined"]), (0, 5))

    def test_reason_names_the_field(self):
        cases = [(f["name"], "not-valid-" + f["type"]) for f in FIELDS if f["type"] in ("date", "decimal", "integer", "email", "enum") and f["name"] != KEY]
        self.write_csv([self.with_value(1000 + i, name, value) for i, (name, value) in enumerate(cases)])
        self.ingest()
        entries = self.warehouse.quarantined(TABLE)
        self.assertEqual(len(entries), len(cases))
        for (name, value), entry in zip(cases, entries):
            self.assertIn(name.lower(), entry["reason"].lower(), "the reason should name the field")
            self.assertIn(value, json.dumps(entry["record"], ensure_ascii=False, default=str), "keep the rejected record")

    def test_summary_counts_add_up(self):
        rows = [good(n) for n in (1101, 1102, 1103, 1104)] + [good(1101)]
        rows += [self.with_value(1105, REQUIRED_NON_KEY, ""), self.with_value(1106, REQUIRED_NON_KEY, "")]
        self.write_csv(rows)
        summary = self.ingest()
        got = {k: summary.get(k) for k in ("read", "loaded", "unchanged", "duplicates", "quarantined")}
        self.assertEqual(got, {"read": 7, "loaded": 4, "unchanged": 0, "duplicates": 1, "quarantined": 2})
        self.assertEqual(len(self.warehouse.runs), 1, "the run should be recorded with record_run")


class ErrorTests(HiddenTestCase):
    def test_missing_source_dir(self):
        with self.assertRaises(FileNotFoundError):
            run_ingest(os.path.join(self.dir, "no_such_dir"), self.warehouse)

    def test_missing_required_column(self):
        self.write_csv([good(1201)], header=[n for n in NAMES if n != REQUIRED_NON_KEY], name="drifted.csv")
        with self.assertRaises(ValueError) as caught:
            self.ingest()
        self.assertIn(REQUIRED_NON_KEY, str(caught.exception))
        self.assertIn("drifted.csv", str(caught.exception))

    def test_missing_key_column(self):
        self.write_csv([good(1202)], header=[n for n in NAMES if n != KEY], name="nokey.csv")
        with self.assertRaises(ValueError) as caught:
            self.ingest()
        self.assertIn(KEY, str(caught.exception))

    def test_malformed_json(self):
        self.write_text("broken.json", '[{"%s": "x", ' % KEY)
        with self.assertRaises(ValueError) as caught:
            self.ingest()
        self.assertIn("broken.json", str(caught.exception))


class IdempotencyTests(HiddenTestCase):
    def test_second_run_loads_nothing(self):
        self.write_csv([good(n) for n in (1301, 1302, 1303)] + [self.with_value(1304, REQUIRED_NON_KEY, "")], name="a.csv")
        self.write_json([good(1305), good(1306)], name="b.json")
        self.ingest()
        second = self.ingest()
        self.assertEqual(self.count(), 5, "a re-run must not add rows")
        self.assertEqual((second["loaded"], second["unchanged"]), (0, 5))

    def test_rerun_after_change_updates_in_place(self):
        rows = [good(n) for n in (1401, 1402, 1403)]
        self.write_csv(rows)
        self.ingest()
        allowed = BY_NAME[ENUM_FIELD]["allowed"]
        rows[1][ENUM_FIELD] = next(a for a in allowed if a != rows[1][ENUM_FIELD])
        self.write_csv(rows)
        second = self.ingest()
        self.assertEqual(self.count(), 3)
        self.assertRow(rows[1])
        self.assertEqual((second["loaded"], second["unchanged"]), (1, 2))

    def test_duplicate_keys_last_wins(self):
        allowed = BY_NAME[ENUM_FIELD]["allowed"]
        versions = [self.with_value(1501, ENUM_FIELD, allowed[i % len(allowed)]) for i in range(3)]
        self.write_csv(versions)
        summary = self.ingest()
        self.assertEqual(self.count(), 1)
        self.assertRow(versions[-1])
        self.assertEqual(summary["duplicates"], 2)

    def test_same_key_in_csv_and_json(self):
        allowed = BY_NAME[ENUM_FIELD]["allowed"]
        self.write_csv([self.with_value(1601, ENUM_FIELD, allowed[0])], name="a_export.csv")
        later = self.with_value(1601, ENUM_FIELD, allowed[1])
        self.write_json([later], name="b_feed.json")
        self.ingest()
        self.ingest()
        self.assertEqual(self.count(), 1)
        self.assertRow(later)


class ScaleTests(HiddenTestCase):
    def test_large_file_within_time_bound(self):
        total, bad_every = SPEC["scaleRows"], 100
        rows = [good(10000 + i) if i % bad_every else self.with_value(10000 + i, REQUIRED_NON_KEY, "") for i in range(total)]
        self.write_csv(rows, name="big.csv")
        started = time.perf_counter()
        summary = self.ingest()
        elapsed = time.perf_counter() - started
        self.assertLess(elapsed, SPEC["scaleSeconds"], "%d rows took %.1f s" % (total, elapsed))
        self.assertEqual(self.count(), total - total // bad_every)
        self.assertEqual(summary["quarantined"], total // bad_every)
`;
}
