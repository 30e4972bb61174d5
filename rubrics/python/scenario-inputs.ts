// Host only (pure): builds the hidden scenarios' input files deterministically from a variant's declared schema, and
// normalises values for comparison the way the task text allows (decimals as numbers, dates as YYYY-MM-DD, ...).
import { getPythonVariant, type FieldSpec, type PythonVariant } from '../../exercises/python/python-variants';
import { pyFloat, pyInt, pyStr, type PyValue } from './scenario-report';

/** Rubric-only facts per variant that the hidden scenarios need beyond the public schema. */
const HIDDEN_SPECS: Record<string, { keyTemplate: string; badKeys: string[] }> = {
  'orders-ingest': { keyTemplate: 'ORD-{n:05d}', badKeys: ['ORD-1OO14', 'ord-10001', 'ORD-123', 'ORD-123456'] },
  'signups-ingest': { keyTemplate: '{n}', badKeys: ['abc', '0', '-5', '12.5'] },
};

/** A JSON number that Python must read as a float (`100.0`, not `100`), as the old hidden tests wrote it. */
export class PyFloat {
  constructor(readonly value: number) {}
}
export type InputValue = string | number | boolean | null | PyFloat | InputValue[] | { [key: string]: InputValue };
export type InputRecord = Record<string, InputValue>;

export interface ScenarioSchema {
  variant: PythonVariant;
  table: string;
  key: string;
  fields: FieldSpec[];
  names: string[];
  keyIsInt: boolean;
  textField: string;
  optional: string[];
  noteField: string | undefined;
  enumField: FieldSpec;
  requiredNonKey: string;
  badKeys: string[];
  keyTemplate: string;
}

export function scenarioSchema(variantId: string): ScenarioSchema {
  const variant = getPythonVariant(variantId);
  const extra = HIDDEN_SPECS[variantId];
  if (!extra) throw new Error(`No hidden-scenario spec for Python variant "${variantId}"`);
  const fields = variant.fields;
  const byName = new Map(fields.map((f) => [f.name, f]));
  const optional = fields.filter((f) => !f.required).map((f) => f.name);
  const first = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`Python variant "${variantId}" has no ${what}, which the hidden scenarios need`);
    return v;
  };
  return {
    variant,
    table: variant.table,
    key: variant.keyField,
    fields,
    names: fields.map((f) => f.name),
    keyIsInt: byName.get(variant.keyField)?.type === 'integer',
    textField: first(fields.find((f) => f.type === 'string' && f.name !== variant.keyField && f.required), 'required text field').name,
    optional,
    noteField: optional.find((n) => byName.get(n)?.type === 'string'),
    enumField: first(fields.find((f) => f.type === 'enum' && (f.allowed?.length ?? 0) > 1), 'enum field with two values'),
    requiredNonKey: first(fields.find((f) => f.required && f.name !== variant.keyField), 'required non-key field').name,
    badKeys: extra.badKeys,
    keyTemplate: extra.keyTemplate,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatKey(s: ScenarioSchema, n: number): string {
  return s.keyTemplate.replace(/\{n(?::0(\d+)d)?\}/, (_m, width?: string) => (width ? pad(n, Number(width)) : String(n)));
}

/** The key as the warehouse stores it (integers for integer keys). */
export function keyOf(s: ScenarioSchema, n: number): string | number {
  return s.keyIsInt ? n : formatKey(s, n);
}

/** A valid record, every value written as text (as a CSV would hold it). */
export function good(s: ScenarioSchema, n: number): InputRecord {
  const record: InputRecord = {};
  for (const f of s.fields) {
    const min = Math.trunc(f.min ?? 0);
    let value: string;
    if (f.name === s.key) value = formatKey(s, n);
    else if (f.type === 'enum') value = f.allowed![n % f.allowed!.length]!;
    else if (f.type === 'email') value = `user${n}@example.com`;
    else if (f.type === 'date') value = `2024-${pad((n % 12) + 1, 2)}-${pad((n % 28) + 1, 2)}`;
    else if (f.type === 'decimal') value = `${(n % 900) + 1 + Math.max(0, min)}.${pad(n % 100, 2)}`;
    else if (f.type === 'integer') value = String((n % 9) + Math.max(1, min));
    else value = f.examples[n % f.examples.length]!;
    record[f.name] = value;
  }
  return record;
}

export function withValue(s: ScenarioSchema, n: number, name: string, value: InputValue): InputRecord {
  return { ...good(s, n), [name]: value };
}

function csvField(value: InputValue | undefined): string {
  const text = value === undefined || value === null ? '' : String(value instanceof PyFloat ? value.value : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Python's csv.writer with QUOTE_MINIMAL; rows are lists, or records read by header name. */
export function csvText(s: ScenarioSchema, rows: (InputRecord | InputValue[])[], opts: { header?: string[]; bom?: boolean; newline?: string } = {}): string {
  const header = opts.header ?? s.names;
  const nl = opts.newline ?? '\r\n';
  const lines = [header, ...rows.map((r) => (Array.isArray(r) ? r : header.map((h) => r[h] ?? '')))].map((row) => row.map(csvField).join(',') + nl);
  return ((opts.bom ?? true) ? '\uFEFF' : '') + lines.join('');
}

function jsonValue(v: InputValue, indent: string): string {
  if (v instanceof PyFloat) return Number.isInteger(v.value) ? `${v.value}.0` : String(v.value);
  if (Array.isArray(v)) return v.length ? `[\n${v.map((x) => indent + ' ' + jsonValue(x, indent + ' ')).join(',\n')}\n${indent}]` : '[]';
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length ? `{\n${entries.map(([k, x]) => `${indent} ${JSON.stringify(k)}: ${jsonValue(x, indent + ' ')}`).join(',\n')}\n${indent}}` : '{}';
  }
  return JSON.stringify(v);
}

/** Python's json.dumps(records, ensure_ascii=False, indent=1). */
export function jsonText(records: InputValue[]): string {
  return jsonValue(records, '');
}

/** What the old hidden tests compared: a value as the task allows it to be stored (or an error if it cannot be read). */
export function comparable(s: ScenarioSchema, name: string, value: PyValue | InputValue | undefined): PyValue {
  const v: PyValue = value instanceof PyFloat ? value.value : ((value ?? null) as PyValue);
  const kind = s.fields.find((f) => f.name === name)?.type;
  if (v === null || (typeof v === 'string' && !v.trim())) return null;
  if (kind === 'decimal') return Math.round(pyFloat(v) * 1e6) / 1e6;
  if (kind === 'integer') return pyInt(v);
  if (kind === 'date') return pyStr(v).slice(0, 10);
  return typeof v === 'string' ? v.trim() : v;
}
