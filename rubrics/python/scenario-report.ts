// Host only: the zod shape of what the sandbox's driver reports for one scenario (untrusted: the candidate's code ran
// in the same interpreter), and Python-like helpers to read the type-tagged values it holds.
import { z } from 'zod';

/** A value the candidate's code produced, tagged by the driver: plain JSON, or a tag for Decimal, big ints, other types. */
export type PyValue = null | boolean | number | string | PyValue[] | { [key: string]: PyValue };
const PyValueSchema: z.ZodType<PyValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string().max(20_000), z.array(PyValueSchema).max(200), z.record(z.string().max(200), PyValueSchema)]),
);

const FrameSchema = z.object({ file: z.string().max(500), line: z.number().int().nonnegative(), function: z.string().max(500) });

export const RaisedSchema = z.object({
  type: z.string().max(200),
  /** Class names of the exception's MRO, so "raises ValueError" accepts subclasses as unittest's assertRaises does. */
  mro: z.array(z.string().max(200)).max(20),
  message: z.string().max(5_000),
  frames: z.array(FrameSchema).max(20),
});
export type Raised = z.infer<typeof RaisedSchema>;

const StepSchema = z.union([
  z.object({ returned: PyValueSchema }),
  z.object({ raised: RaisedSchema, phase: z.enum(['import', 'run']) }),
]);
export type StepOutcome = z.infer<typeof StepSchema>;

const Attempt = <T extends z.ZodTypeAny>(value: T) => z.union([z.object({ value }), z.object({ error: RaisedSchema })]);

export const FsEventSchema = z.object({ op: z.string().max(20), path: z.string().max(600) });
export type FsEvent = z.infer<typeof FsEventSchema>;

export const ScenarioReportSchema = z.object({
  steps: z.array(StepSchema).max(10),
  /** Null when the scenario stopped before the warehouse could be read. */
  state: z
    .object({
      count: Attempt(PyValueSchema),
      rows: z.array(z.union([z.object({ key: z.union([z.string(), z.number()]), value: PyValueSchema }), z.object({ key: z.union([z.string(), z.number()]), error: RaisedSchema })])).max(100),
      runs: Attempt(z.number().int().nonnegative()),
      quarantine: z.union([
        z.object({
          value: z.array(z.object({ reason: PyValueSchema, recordText: z.string().max(6_000).nullable(), notADict: z.boolean().optional() })).max(2_000),
          total: z.number().int().nonnegative(),
        }),
        z.object({ error: RaisedSchema }),
      ]),
    })
    .nullable(),
  /** File-system writes and deletes the candidate's code made outside the warehouse API (recorded by the worker). */
  fsTrace: z.object({ events: z.array(FsEventSchema).max(200), dropped: z.number().int().nonnegative() }),
});
export type ScenarioReport = z.infer<typeof ScenarioReportSchema>;

export function parseScenarioReport(json: string): ScenarioReport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('the sandbox returned a report that is not JSON');
  }
  const parsed = ScenarioReportSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`the sandbox returned a report of an unexpected shape (${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  return parsed.data;
}

function tag(v: PyValue, name: string): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v[name] === 'string') return v[name] as string;
  return undefined;
}

/** Python's str() of a tagged value, as far as the comparisons need it. */
export function pyStr(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? String(v) : pyFloatRepr(v);
  if (typeof v === 'string') return v;
  return tag(v, '$decimal') ?? tag(v, '$int') ?? tag(v, '$float') ?? tag(v, '$str') ?? JSON.stringify(v);
}

function pyFloatRepr(n: number): string {
  const s = String(n);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

const PY_FLOAT = /^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d+)?|\d(_?\d)*\.|inf(inity)?|nan)$/i;

/** Python's float(v); throws like Python would for a value it cannot convert. */
export function pyFloat(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const text = typeof v === 'string' ? v.trim() : (tag(v, '$decimal') ?? tag(v, '$int') ?? tag(v, '$float'));
  if (text === undefined || !PY_FLOAT.test(text)) throw new Error(`could not convert ${JSON.stringify(pyStr(v))} to float`);
  const lower = text.toLowerCase().replace(/_/g, '');
  if (lower.endsWith('inf') || lower.endsWith('infinity')) return lower.startsWith('-') ? -Infinity : Infinity;
  if (lower.endsWith('nan')) return NaN;
  return Number(lower);
}

/** Python's int(v). */
export function pyInt(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Math.trunc(v);
  const big = tag(v, '$int');
  if (big !== undefined) return Number(big);
  const dec = tag(v, '$decimal');
  if (dec !== undefined && Number.isFinite(Number(dec))) return Math.trunc(Number(dec));
  if (typeof v === 'string' && /^\s*[+-]?\d(_?\d)*\s*$/.test(v)) return Number(v.trim().replace(/_/g, ''));
  throw new Error(`invalid literal for int(): ${JSON.stringify(pyStr(v))}`);
}

/** Python equality for the values the checks compare (numbers of any kind compare by value, like 5 == 5.0 == True). */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  const num = (v: PyValue) => (typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : undefined);
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isPyDict(v: PyValue): v is { [key: string]: PyValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !('$type' in v) && !('$decimal' in v) && !('$int' in v) && !('$float' in v);
}

/** Short Python-like rendering for evidence text. */
export function pyRepr(v: PyValue): string {
  if (typeof v === 'string') return JSON.stringify(v).slice(0, 200);
  return pyStr(v).slice(0, 200);
}
