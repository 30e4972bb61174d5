// Pure (all processes): answers are logged as small patches, not copies. The host diffs the previous derived answer
// against the new one; the grader, replay and import rebuild every answer by applying the patches in log order.
import { z } from 'zod';

// Keys that would reach an object's prototype are never valid in a path.
const SafeKey = z
  .string()
  .max(100)
  .refine((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype', 'a reserved key');
const PathSchema = z.array(z.union([SafeKey, z.number().int().nonnegative().max(10_000)])).max(8);

/** `v`: set the value at `p` (the whole answer when `p` is empty); `x`: delete key `p`; `s`: splice the string at `p`. */
export const PatchOpSchema = z.union([
  z.object({ p: PathSchema, v: z.unknown() }).strict(),
  z.object({ p: PathSchema.min(1), x: z.literal(1) }).strict(),
  z.object({ p: PathSchema, s: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.string()]) }).strict(),
]);
export type PatchOp = z.infer<typeof PatchOpSchema>;
export const PatchSchema = z.array(PatchOpSchema).min(1).max(200);

type Json = unknown;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as Json[]).length && a.every((v, i) => sameJson(v, (b as Json[])[i]));
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** One splice that turns `a` into `b`: the common prefix and suffix stay, the middle is replaced. */
function spliceOf(a: string, b: string): [number, number, string] {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // Never cut a surrogate pair in half: the patch must be valid text on its own.
  if (start > 0 && /[\uD800-\uDBFF]/.test(a[start - 1]!)) start--;
  return [start, endA - start, b.slice(start, endB)];
}

/** The smallest patch (by this simple recursion) turning `prev` into `next`; empty when they are equal. */
export function diffAnswer(prev: Json, next: Json, path: Array<string | number> = []): PatchOp[] {
  if (sameJson(prev, next)) return [];
  if (typeof prev === 'string' && typeof next === 'string') return [{ p: path, s: spliceOf(prev, next) }];
  if (isPlainObject(prev) && isPlainObject(next)) {
    const ops: PatchOp[] = [];
    for (const key of Object.keys(prev)) if (next[key] === undefined && prev[key] !== undefined) ops.push({ p: [...path, key], x: 1 });
    for (const key of Object.keys(next)) {
      if (next[key] === undefined) continue;
      ops.push(...(prev[key] === undefined ? [{ p: [...path, key], v: next[key] }] : diffAnswer(prev[key], next[key], [...path, key])));
    }
    return ops;
  }
  if (Array.isArray(prev) && Array.isArray(next) && prev.length === next.length && path.length < 6) {
    return next.flatMap((item, i) => diffAnswer(prev[i], item, [...path, i]));
  }
  return [{ p: path, v: next }];
}

export class PatchError extends Error {}

function update(value: Json, path: ReadonlyArray<string | number>, change: (current: Json) => Json | undefined): Json {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    if (head >= value.length) throw new PatchError(`index ${head} is past the end of a list of ${value.length}`);
    const copy = value.slice();
    copy[head] = update(copy[head], rest, change);
    return copy;
  }
  if (isPlainObject(value) && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...value };
    const nextValue = update(rest.length === 0 ? copy[head] : (copy[head] ?? {}), rest, change);
    if (nextValue === undefined) delete copy[head];
    else copy[head] = nextValue;
    return copy;
  }
  throw new PatchError(`the path ${path.join('.')} does not exist in the answer`);
}

/** Applies a patch; throws PatchError when it does not fit the answer it claims to change. */
export function applyPatch(answer: Json, patch: readonly PatchOp[]): Json {
  let value = answer;
  for (const op of patch) {
    if ('v' in op) value = update(value, op.p, () => (op.v === undefined ? undefined : (JSON.parse(JSON.stringify(op.v)) as Json)));
    else if ('x' in op) value = update(value, op.p, () => undefined);
    else {
      const [at, del, ins] = op.s;
      value = update(value, op.p, (current) => {
        if (typeof current !== 'string') throw new PatchError(`${op.p.join('.') || 'the answer'} is not text`);
        if (at + del > current.length) throw new PatchError(`a splice at ${at}+${del} does not fit text of ${current.length} characters`);
        return current.slice(0, at) + ins + current.slice(at + del);
      });
    }
  }
  return value;
}
