// Host only (pure): the hidden tests as scenarios: the inputs each one hands the sandbox and the check the host runs on
// what the candidate's code produced. Keyed by the stable hidden-test ids of hidden-tests.ts.
import type { ScenarioStep } from '../sandbox/python-protocol';
import { ScenarioCheck } from './scenario-check';
import { isPyDict } from './scenario-report';
import { csvText, good, jsonText, keyOf, PyFloat, withValue, type InputRecord, type InputValue, type ScenarioSchema } from './scenario-inputs';

/**
 * The scale test: SCALE_ROWS rows must load within SCALE_SECONDS, measured both as the CPU time of the sandbox process
 * for the run (by its supervisor) and on the host's clock; the smaller counts, so other work on the machine (other
 * grading lanes, other programs) does not make an honest solution fail, nor do threads left in the process. On the
 * 2-core grading machines a linear solution needs ~0.3 s of CPU here, one that compares every row with every row kept
 * so far (a Python loop) ~6 s (rubrics/python/scale.test.ts grades both).
 *
 * A bound in seconds alone would pass that quadratic solution on a laptop twice as fast, so when the full run takes
 * GROWTH_FLOOR_MS of CPU or more the same load is run again with a quarter of the rows: time that grows GROWTH_LIMIT
 * times or more (a linear loader grows about 4×, a quadratic one about 16×) fails too. Below the floor fixed costs and
 * noise decide the ratio, so it is not judged, and the smaller run is not paid for.
 */
export const SCALE_ROWS = 10_000;
export const SCALE_BASELINE_ROWS = SCALE_ROWS / 4;
export const SCALE_SECONDS = 3;
export const GROWTH_LIMIT = 8;
export const GROWTH_FLOOR_MS = 500;
/** The wall-clock limit that stops the run (well above the bound, so a slow solution is measured rather than killed). */
export const SCALE_WALL_LIMIT_MS = 30_000;

/** How long a run took: on the host's clock (between the supervisor's markers) and in the sandbox's CPU time. */
export interface RunTiming {
  elapsedMs: number | null;
  cpuMs: number | null;
}

/** A run's timing, and its smaller baseline run's when the scenario has one and it ran to the end. */
export type ScenarioTiming = RunTiming & { baseline?: RunTiming };

export interface ScenarioPlan {
  steps: ScenarioStep[];
  keys: (string | number)[];
  capture?: 'full' | 'counts';
}

export interface HiddenScenario {
  plan(s: ScenarioSchema): ScenarioPlan;
  /** A smaller run of the same load, played just after when the full run was slow, and timed only (the scale test). */
  baseline?(s: ScenarioSchema): ScenarioPlan;
  /** Throws CheckStop at the first difference; `timing` is how long the run took (see RunTiming). */
  check(c: ScenarioCheck, timing: ScenarioTiming): void;
}

const write = (name: string, content: string): ScenarioStep => ({ op: 'write', files: [{ name, content }] });
const ingest: ScenarioStep = { op: 'ingest' };
const keys = (s: ScenarioSchema, records: InputRecord[]) => ScenarioCheck.keysOf(s, records);

/** Records that are valid except for one value each, after two valid ones: only the two may load. */
function badValues(bad: (s: ScenarioSchema) => [string, InputValue][]): HiddenScenario {
  const goods = (s: ScenarioSchema) => [good(s, 601), good(s, 602)];
  return {
    plan: (s) => {
      const records = [...goods(s), ...bad(s).map(([name, value], i) => withValue(s, 700 + i, name, value))];
      return { steps: [write('source.csv', csvText(s, records)), ingest], keys: keys(s, goods(s)) };
    },
    check: (c) => c.onlyGoodLoaded(goods(c.s), bad(c.s).length),
  };
}

function onlyGood(records: (s: ScenarioSchema) => InputRecord[], header?: (s: ScenarioSchema) => string[]): HiddenScenario {
  return {
    plan: (s) => ({ steps: [write('source.csv', csvText(s, records(s), header ? { header: header(s) } : {})), ingest], keys: keys(s, records(s)) }),
    check: (c) => c.onlyGoodLoaded(records(c.s), 0),
  };
}

const unicodeRecords = (s: ScenarioSchema): InputRecord[] => {
  const record = withValue(s, 501, s.textField, 'Łucja "Lu" Ñúñez-Øster, Jr.');
  if (s.noteField) record[s.noteField] = 'first line, with a comma\nsecond line: 東京';
  return [record, good(s, 502)];
};

const otherEnum = (s: ScenarioSchema, current: InputValue) => s.enumField.allowed!.find((a) => a !== current)!;
const rerunRows = (s: ScenarioSchema) => [1401, 1402, 1403].map((n) => good(s, n));
const rerunChanged = (s: ScenarioSchema) => {
  const rows = rerunRows(s);
  rows[1] = { ...rows[1]!, [s.enumField.name]: otherEnum(s, rows[1]![s.enumField.name]!) };
  return rows;
};
const versions = (s: ScenarioSchema) => [0, 1, 2].map((i) => withValue(s, 1501, s.enumField.name, s.enumField.allowed![i % s.enumField.allowed!.length]!));
const dateField = (s: ScenarioSchema) => s.fields.find((f) => f.type === 'date')!.name;
const reasonCases = (s: ScenarioSchema) =>
  s.fields.filter((f) => ['date', 'decimal', 'integer', 'email', 'enum'].includes(f.type) && f.name !== s.key).map((f) => [f.name, `not-valid-${f.type}`] as const);

function mixedJson(s: ScenarioSchema) {
  const native = good(s, 801);
  for (const f of s.fields) {
    if (f.type === 'decimal') native[f.name] = new PyFloat(Number(native[f.name]));
    if (f.type === 'integer') native[f.name] = Math.trunc(Number(native[f.name]));
  }
  const asStrings = good(s, 802);
  const missing = good(s, 803);
  delete missing[s.requiredNonKey];
  const numeric = s.fields.find((f) => (f.type === 'decimal' || f.type === 'integer') && f.name !== s.key)!.name;
  return { goods: [native, asStrings], all: [native, asStrings, missing, withValue(s, 804, numeric, true), withValue(s, 805, s.requiredNonKey, null), 'not a record', [1, 2]] as InputValue[] };
}

export const HIDDEN_SCENARIOS: Record<string, HiddenScenario> = {
  'python.hidden-test.empty-csv': {
    plan: () => ({ steps: [write('source.csv', ''), ingest], keys: [] }),
    check: (c) => {
      const s = c.summary();
      c.equalAll([['rows', c.count(), 0], ['read', c.field(s, 'read'), 0], ['quarantined', c.field(s, 'quarantined'), 0]]);
    },
  },
  'python.hidden-test.header-only': {
    plan: (s) => ({ steps: [write('source.csv', csvText(s, [])), ingest], keys: [] }),
    check: (c) => {
      const s = c.summary();
      c.equalAll([['rows', c.count(), 0], ['read', c.field(s, 'read'), 0]]);
    },
  },
  'python.hidden-test.empty-json': {
    plan: () => ({ steps: [write('source.json', jsonText([])), ingest], keys: [] }),
    check: (c) => {
      const s = c.summary();
      c.equalAll([['rows', c.count(), 0], ['read', c.field(s, 'read'), 0]]);
    },
  },
  'python.hidden-test.blank-lines': {
    plan: (s) => {
      const lines = csvText(s, [101, 102, 103].map((n) => good(s, n)), { bom: false }).split('\r\n');
      return { steps: [write('source.csv', '\uFEFF' + lines.join('\r\n\r\n') + '\r\n\r\n'), ingest], keys: [] };
    },
    check: (c) => {
      const s = c.summary();
      c.equal(c.count(), 3, 'rows loaded');
      c.equalAll([['read', c.field(s, 'read'), 3], ['quarantined', c.field(s, 'quarantined'), 0]]);
    },
  },
  'python.hidden-test.extra-column': {
    plan: (s) => {
      const rows = [201, 202].map((n) => ({ ...good(s, n), legacy_flag: 'Y' }));
      return { steps: [write('source.csv', csvText(s, rows, { header: [s.names[0]!, 'legacy_flag', ...s.names.slice(1)] })), ingest], keys: keys(s, rows) };
    },
    check: (c) => {
      c.summary();
      c.equal(c.count(), 2, 'rows loaded');
      const rows = [201, 202].map((n) => good(c.s, n));
      for (const r of rows) c.assertRow(r);
      const row = c.row(keyOf(c.s, 201));
      if (row && typeof row === 'object' && !Array.isArray(row) && 'legacy_flag' in row) c.fail('the extra column legacy_flag was loaded into the row');
    },
  },
  'python.hidden-test.reordered-columns': onlyGood(
    (s) => [301, 302, 303].map((n) => good(s, n)),
    (s) => [...s.names].reverse(),
  ),
  'python.hidden-test.missing-optional-column': {
    plan: (s) => ({
      steps: [write('source.csv', csvText(s, [401, 402].map((n) => good(s, n)), { header: s.names.filter((n) => !s.optional.includes(n)) })), ingest],
      keys: [keyOf(s, 401)],
    }),
    check: (c) => {
      c.summary();
      c.equal(c.count(), 2, 'rows loaded');
      const row = c.row(keyOf(c.s, 401));
      if (!isPyDict(row)) return c.fail(`no row for key ${JSON.stringify(keyOf(c.s, 401))}`);
      for (const name of c.s.optional) {
        if (!(name in row)) c.fail(`KeyError: the row has no ${name}`);
        if (row[name] !== null) c.fail(`${name} should be None when its column is missing, got ${JSON.stringify(row[name])}`);
      }
    },
  },
  'python.hidden-test.unicode-text': onlyGood(unicodeRecords),
  'python.hidden-test.bad-dates': badValues((s) =>
    s.fields.filter((f) => f.type === 'date').flatMap((f) => ['2024-02-30', '2024-13-01', '03/15/2024', '2024-3-5', 'yesterday'].map((v) => [f.name, v] as [string, string])),
  ),
  'python.hidden-test.bad-numbers': badValues((s) => {
    const bad: [string, string][] = [];
    for (const f of s.fields) {
      if (f.name === s.key) continue;
      if (f.type === 'decimal') bad.push(...['12,50', 'abc', '€12.00', '1.2.3'].map((v) => [f.name, v] as [string, string]));
      if (f.type === 'integer') bad.push(...['2.5', 'ten', '1,000'].map((v) => [f.name, v] as [string, string]));
      if ((f.type === 'decimal' || f.type === 'integer') && f.min !== undefined) bad.push([f.name, String(Math.trunc(f.min) - 1)]);
    }
    return bad;
  }),
  'python.hidden-test.bad-enums-emails': badValues((s) => {
    const bad: [string, string][] = [];
    for (const f of s.fields) {
      if (f.type === 'enum') bad.push([f.name, 'unknown-value'], [f.name, swapCase(f.allowed![0]!)]);
      if (f.type === 'email') bad.push(...['no-at-sign.example.com', 'two@@example.com', 'has space@example.com', 'a@b'].map((v) => [f.name, v] as [string, string]));
    }
    return bad;
  }),
  'python.hidden-test.missing-values': badValues((s) => s.fields.filter((f) => f.required).flatMap((f) => ['', '   '].map((v) => [f.name, v] as [string, string]))),
  'python.hidden-test.bad-keys': badValues((s) => s.badKeys.map((v) => [s.key, v])),
  'python.hidden-test.mixed-json-types': {
    plan: (s) => ({ steps: [write('source.json', jsonText(mixedJson(s).all)), ingest], keys: keys(s, mixedJson(s).goods) }),
    check: (c) => c.onlyGoodLoaded(mixedJson(c.s).goods, 5),
  },
  'python.hidden-test.all-invalid': {
    plan: (s) => ({ steps: [write('source.csv', csvText(s, [0, 1, 2, 3, 4].map((i) => withValue(s, 900 + i, dateField(s), '31/12/2024')))), ingest], keys: [] }),
    check: (c) => {
      const s = c.summary();
      c.equal(c.count(), 0, 'rows loaded');
      c.equal(c.quarantinedCount(), 5, 'records quarantined');
      c.equalAll([['loaded', c.field(s, 'loaded'), 0], ['quarantined', c.field(s, 'quarantined'), 5]]);
    },
  },
  'python.hidden-test.reason-names-field': {
    plan: (s) => ({ steps: [write('source.csv', csvText(s, reasonCases(s).map(([name, value], i) => withValue(s, 1000 + i, name, value)))), ingest], keys: [] }),
    check: (c) => {
      c.summary();
      const cases = reasonCases(c.s);
      const entries = c.quarantined();
      c.equal(c.quarantinedCount(), cases.length, 'records quarantined');
      cases.forEach(([name, value], i) => {
        const entry = entries[i]!;
        if (typeof entry.reason !== 'string') return c.fail(`the reason for ${name} is not text`);
        if (!entry.reason.toLowerCase().includes(name.toLowerCase())) c.fail(`the reason should name the field ${name}: ${JSON.stringify(entry.reason.slice(0, 200))}`);
        if (entry.recordText === null || !entry.recordText.includes(value)) c.fail(`keep the rejected record (the quarantined record for ${name} does not hold ${JSON.stringify(value)})`);
      });
    },
  },
  'python.hidden-test.summary-counts': {
    plan: (s) => {
      const rows = [...[1101, 1102, 1103, 1104, 1101].map((n) => good(s, n)), withValue(s, 1105, s.requiredNonKey, ''), withValue(s, 1106, s.requiredNonKey, '')];
      return { steps: [write('source.csv', csvText(s, rows)), ingest], keys: [] };
    },
    check: (c) => {
      const s = c.summary();
      const want: Record<string, number> = { read: 7, loaded: 4, unchanged: 0, duplicates: 1, quarantined: 2 };
      c.equalAll(Object.entries(want).map(([k, v]) => [k, c.fieldOrNone(s, k), v]));
      c.equal(c.runs(), 1, 'runs recorded with record_run');
    },
  },
  'python.hidden-test.missing-dir': {
    plan: () => ({ steps: [{ op: 'ingest', missingDir: true }], keys: [] }),
    check: (c) => void c.raised(0, 'FileNotFoundError'),
  },
  'python.hidden-test.missing-required-column': {
    plan: (s) => ({ steps: [write('drifted.csv', csvText(s, [good(s, 1201)], { header: s.names.filter((n) => n !== s.requiredNonKey) })), ingest], keys: [] }),
    check: (c) => {
      const r = c.raised(0, 'ValueError');
      if (!r.message.includes(c.s.requiredNonKey)) c.fail(`the ValueError should name the column ${c.s.requiredNonKey}: ${JSON.stringify(r.message.slice(0, 200))}`);
      if (!r.message.includes('drifted.csv')) c.fail(`the ValueError should name the file drifted.csv: ${JSON.stringify(r.message.slice(0, 200))}`);
    },
  },
  'python.hidden-test.missing-key-column': {
    plan: (s) => ({ steps: [write('nokey.csv', csvText(s, [good(s, 1202)], { header: s.names.filter((n) => n !== s.key) })), ingest], keys: [] }),
    check: (c) => {
      const r = c.raised(0, 'ValueError');
      if (!r.message.includes(c.s.key)) c.fail(`the ValueError should name the key column ${c.s.key}: ${JSON.stringify(r.message.slice(0, 200))}`);
    },
  },
  'python.hidden-test.malformed-json': {
    plan: (s) => ({ steps: [write('broken.json', `[{"${s.key}": "x", `), ingest], keys: [] }),
    check: (c) => {
      const r = c.raised(0, 'ValueError');
      if (!r.message.includes('broken.json')) c.fail(`the ValueError should name the file broken.json: ${JSON.stringify(r.message.slice(0, 200))}`);
    },
  },
  'python.hidden-test.rerun': {
    plan: (s) => ({
      steps: [
        { op: 'write', files: [
          { name: 'a.csv', content: csvText(s, [...[1301, 1302, 1303].map((n) => good(s, n)), withValue(s, 1304, s.requiredNonKey, '')]) },
          { name: 'b.json', content: jsonText([good(s, 1305), good(s, 1306)]) },
        ] },
        ingest,
        ingest,
      ],
      keys: [],
    }),
    check: (c) => {
      c.summary(0);
      const second = c.summary(1);
      c.equal(c.count(), 5, 'rows after a re-run (a re-run must not add rows)');
      c.equalAll([['loaded on re-run', c.field(second, 'loaded'), 0], ['unchanged on re-run', c.field(second, 'unchanged'), 5]]);
    },
  },
  'python.hidden-test.rerun-changed': {
    plan: (s) => ({ steps: [write('source.csv', csvText(s, rerunRows(s))), ingest, write('source.csv', csvText(s, rerunChanged(s))), ingest], keys: keys(s, rerunChanged(s)) }),
    check: (c) => {
      c.summary(0);
      const second = c.summary(1);
      c.equal(c.count(), 3, 'rows after the re-run');
      c.assertRow(rerunChanged(c.s)[1]!);
      c.equalAll([['loaded on re-run', c.field(second, 'loaded'), 1], ['unchanged on re-run', c.field(second, 'unchanged'), 2]]);
    },
  },
  'python.hidden-test.duplicate-keys': {
    plan: (s) => ({ steps: [write('source.csv', csvText(s, versions(s))), ingest], keys: keys(s, versions(s).slice(-1)) }),
    check: (c) => {
      const s = c.summary();
      c.equal(c.count(), 1, 'rows loaded');
      c.assertRow(versions(c.s)[2]!);
      c.equal(c.field(s, 'duplicates'), 2, 'duplicates');
    },
  },
  'python.hidden-test.key-across-files': {
    plan: (s) => {
      const [first, later] = [0, 1].map((i) => withValue(s, 1601, s.enumField.name, s.enumField.allowed![i]!));
      return {
        steps: [{ op: 'write', files: [{ name: 'a_export.csv', content: csvText(s, [first!]) }, { name: 'b_feed.json', content: jsonText([later!]) }] }, ingest, ingest],
        keys: keys(s, [later!]),
      };
    },
    check: (c) => {
      c.summary(0);
      c.summary(1);
      c.equal(c.count(), 1, 'rows loaded');
      c.assertRow(withValue(c.s, 1601, c.s.enumField.name, c.s.enumField.allowed![1]!));
    },
  },
  'python.hidden-test.scale': {
    plan: (s) => ({ steps: [write('big.csv', csvText(s, scaleRows(s, SCALE_ROWS))), ingest], keys: [], capture: 'counts' }),
    baseline: (s) => ({ steps: [write('big.csv', csvText(s, scaleRows(s, SCALE_BASELINE_ROWS))), ingest], keys: [], capture: 'counts' }),
    check: (c, timing) => {
      const s = c.summary();
      const took = tookMs(timing);
      if (took === null) return c.fail('the run was not timed');
      const rows = SCALE_ROWS.toLocaleString('en-US');
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      if (took >= SCALE_SECONDS * 1000) {
        c.fail(`${rows} rows took ${seconds(took)} (limit ${SCALE_SECONDS} s; ${seconds(timing.cpuMs!)} of CPU time, ${seconds(timing.elapsedMs!)} on the clock)`);
      }
      const before = timing.baseline ? tookMs(timing.baseline) : null;
      const growth = before ? took / Math.max(before, 1) : null;
      const grew = growth === null ? '' : `, ${growth.toFixed(1)}× the time of ${SCALE_BASELINE_ROWS.toLocaleString('en-US')} rows`;
      if (growth !== null && growth >= GROWTH_LIMIT && took >= GROWTH_FLOOR_MS) {
        c.fail(`${rows} rows took ${seconds(took)}${grew} (a loader whose work grows with the rows takes about 4×; ${GROWTH_LIMIT}× or more means work that grows faster than the rows, such as searching a list for every row)`);
      }
      c.equal(c.count(), SCALE_ROWS - SCALE_ROWS / 100, 'rows loaded');
      c.equal(c.field(s, 'quarantined'), SCALE_ROWS / 100, 'quarantined');
      c.passNote = `${rows} rows in ${seconds(took)}${grew}`;
    },
  },
};

/** `count` rows, one in a hundred missing a required value (so quarantine is exercised at scale too). */
function scaleRows(s: ScenarioSchema, count: number): InputRecord[] {
  return Array.from({ length: count }, (_, i) => (i % 100 ? good(s, 10000 + i) : withValue(s, 10000 + i, s.requiredNonKey, '')));
}

/**
 * The smaller of CPU time and clock time: neither can be lowered by the code; CPU time ignores machine load, and the
 * clock ignores CPU that other threads of the process spent meanwhile.
 */
function tookMs(timing: RunTiming): number | null {
  return timing.cpuMs === null || timing.elapsedMs === null ? null : Math.min(timing.cpuMs, timing.elapsedMs);
}

function swapCase(text: string): string {
  return [...text].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
}
