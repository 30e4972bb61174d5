// Host only (pure): reads a scenario report the way the old unittest assertions did, stopping at the first thing that
// differs, so each hidden test keeps its meaning; the expectations stay here on the host.
import type { ScenarioReport, PyValue, Raised } from './scenario-report';
import { isPyDict, pyEquals, pyRepr } from './scenario-report';
import { comparable, keyOf, type InputRecord, type ScenarioSchema } from './scenario-inputs';

/** Ends a check: `fail` is a wrong result, `error` is code that raised where it should not have. */
export class CheckStop extends Error {
  constructor(
    readonly status: 'fail' | 'error',
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** The line in ingest.py closest to where an exception was raised, so the reviewer can jump to it. */
export function ingestLine(raised: Raised): number | undefined {
  const frames = raised.frames.filter((f) => f.file === 'ingest.py' && f.line > 0);
  return frames.length ? frames[frames.length - 1]!.line : undefined;
}

function raisedText(r: Raised): string {
  return `${r.type}: ${r.message}`.slice(0, 500);
}

export class ScenarioCheck {
  constructor(
    readonly s: ScenarioSchema,
    readonly report: ScenarioReport,
  ) {}

  /** What a passing run's evidence says after "Passed" (the scale test's timings, say). */
  passNote: string | null = null;

  fail(message: string): never {
    throw new CheckStop('fail', message);
  }

  private errorFrom(r: Raised, during?: string): never {
    throw new CheckStop('error', `${during ? `${during}: ` : ''}${raisedText(r)}`, ingestLine(r));
  }

  /** The value run_ingest returned in ingest call `i` (0-based); an exception there is an error, as in unittest. */
  summary(i = 0): PyValue {
    const step = this.report.steps[i];
    if (!step) this.fail(`run_ingest call ${i + 1} did not happen`);
    if ('raised' in step) this.errorFrom(step.raised, step.phase === 'import' ? 'importing ingest.py raised' : undefined);
    return step.returned;
  }

  /** `summary[key]` with Python's errors for a summary that is not a dict or lacks the key. */
  field(summary: PyValue, key: string): PyValue {
    if (!isPyDict(summary)) throw new CheckStop('error', `TypeError: the summary is ${pyRepr(summary)}, not a dict`);
    if (!(key in summary)) throw new CheckStop('error', `KeyError: the summary has no ${JSON.stringify(key)}`);
    return summary[key]!;
  }

  /** `summary.get(key)`. */
  fieldOrNone(summary: PyValue, key: string): PyValue {
    if (!isPyDict(summary)) throw new CheckStop('error', `AttributeError: the summary is ${pyRepr(summary)}, not a dict`);
    return summary[key] ?? null;
  }

  /** The exception ingest call `i` raised, or a failure naming what was expected. */
  raised(i: number, expected: string): Raised {
    const step = this.report.steps[i];
    if (!step) this.fail(`run_ingest call ${i + 1} did not happen`);
    if ('returned' in step) this.fail(`${expected} not raised`);
    if (step.phase === 'import' || !step.raised.mro.includes(expected)) this.errorFrom(step.raised);
    return step.raised;
  }

  private state(): NonNullable<ScenarioReport['state']> {
    if (!this.report.state) this.fail('the warehouse could not be read after the run');
    return this.report.state;
  }

  count(): PyValue {
    const c = this.state().count;
    if ('error' in c) this.errorFrom(c.error, 'warehouse.count raised');
    return c.value;
  }

  runs(): number {
    const r = this.state().runs;
    if ('error' in r) this.errorFrom(r.error, 'reading warehouse.runs raised');
    return r.value;
  }

  quarantined(): { reason: PyValue; recordText: string | null }[] {
    const q = this.state().quarantine;
    if ('error' in q) this.errorFrom(q.error, 'warehouse.quarantined raised');
    return q.value;
  }

  quarantinedCount(): number {
    const q = this.state().quarantine;
    if ('error' in q) this.errorFrom(q.error, 'warehouse.quarantined raised');
    return q.total;
  }

  row(key: string | number): PyValue {
    const found = this.state().rows.find((r) => r.key === key);
    if (!found) this.fail(`the grader did not look up key ${JSON.stringify(key)}`);
    if ('error' in found) this.errorFrom(found.error, 'warehouse.get raised');
    return found.value;
  }

  equal(actual: PyValue, expected: PyValue, what: string): void {
    if (!pyEquals(actual, expected)) this.fail(`${what}: expected ${pyRepr(expected)}, got ${pyRepr(actual)}`);
  }

  /** Several values compared at once, reported together (as a tuple comparison did). */
  equalAll(pairs: [string, PyValue, PyValue][]): void {
    const wrong = pairs.filter(([, a, e]) => !pyEquals(a, e));
    if (wrong.length) this.fail(wrong.map(([what, a, e]) => `${what}: expected ${pyRepr(e)}, got ${pyRepr(a)}`).join('; '));
  }

  /** The row stored under the record's key holds the record's values (as the task allows them to be stored). */
  assertRow(record: InputRecord): void {
    const raw = record[this.s.key];
    const key = this.s.keyIsInt ? Number(raw) : String(raw).trim();
    const row = this.row(key);
    if (row === null) this.fail(`no row for key ${JSON.stringify(raw)}`);
    if (!isPyDict(row)) this.fail(`the row for key ${JSON.stringify(raw)} is ${pyRepr(row)}, not a dict`);
    for (const name of this.s.names) {
      let got: PyValue;
      let want: PyValue;
      try {
        got = comparable(this.s, name, row[name] ?? null);
        want = comparable(this.s, name, record[name]);
      } catch (e) {
        throw new CheckStop('error', `field ${name}: ${(e as Error).message}`);
      }
      if (!pyEquals(got, want)) this.fail(`field ${name} of ${JSON.stringify(raw)}: expected ${pyRepr(want)}, got ${pyRepr(got)}`);
    }
  }

  /** One ingest: only the given valid records are loaded, and `badCount` records are quarantined. */
  onlyGoodLoaded(goods: InputRecord[], badCount: number): void {
    this.summary(0);
    this.equal(this.count(), goods.length, 'rows loaded (only the valid records should be)');
    this.equal(this.quarantinedCount(), badCount, 'records quarantined (every invalid one should be)');
    for (const record of goods) this.assertRow(record);
  }

  /** The keys the checks of `records` need looked up. */
  static keysOf(s: ScenarioSchema, records: InputRecord[]): (string | number)[] {
    return records.map((r) => (s.keyIsInt ? Number(r[s.key]) : String(r[s.key]).trim()));
  }

  static key(s: ScenarioSchema, n: number): string | number {
    return keyOf(s, n);
  }
}
