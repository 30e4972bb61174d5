// Host only: turns static findings into criterion scores and signals (error handling, logging, secrets, function size).
import type { CriterionResult, Evidence, Signal } from '../../contract/scoring';
import { SECRET_KINDS, SWALLOW_KINDS, type StaticFinding, type StaticReport } from './static-signals';

type Scored = Pick<CriterionResult, 'score' | 'evidence'>;

/** Evidence names the file, the line and the statement itself, so a reviewer can judge it without opening the code. */
const line = (f: StaticFinding, source?: string): Evidence => {
  const code = source?.split('\n')[f.line - 1]?.trim();
  return { kind: 'code-line', label: f.detail, line: f.line, ...(code ? { detail: `ingest.py line ${f.line}: ${code.slice(0, 200)}` } : {}) };
};

/**
 * `anyPass`: whether the submission passes at least one test. Criteria that reward the absence of a problem
 * give no credit to code that does nothing (the untouched starter has no secrets either). `starterSource`: what the
 * exercise handed out; a statement kept from it earns no credit (the starter's own `print` of the summary, say).
 */
export function scoreStatic(criterionId: string, report: StaticReport | null, anyPass: boolean, source?: string, starterSource?: string): Scored {
  if (!report) return { score: 0, evidence: [{ kind: 'note', label: 'Static analysis could not run' }] };
  if (report.syntaxError) {
    return { score: 0, evidence: [{ kind: 'code-line', label: `Does not parse: ${report.syntaxError.message}`, line: report.syntaxError.line }] };
  }
  const of = (kinds: ReadonlySet<string>) => report.findings.filter((f) => kinds.has(f.kind));
  const absence = (found: StaticFinding[], clean: string, perFinding: number): Scored => {
    if (found.length) return { score: Math.max(0, 1 - perFinding * found.length), evidence: found.map((f) => line(f, source)) };
    if (!anyPass) return { score: 0, evidence: [{ kind: 'note', label: `${clean}, but the submission passes no test, so there is nothing to credit` }] };
    return { score: 1, evidence: [{ kind: 'note', label: clean }] };
  };
  switch (criterionId) {
    case 'python.static.error-handling':
      return absence(of(SWALLOW_KINDS), 'No bare or swallowed exception handlers', 0.5);
    case 'python.static.secrets':
      // Executing input data is a security failure as much as a credential in the code is.
      return absence(of(new Set([...SECRET_KINDS, 'executes-input'])), 'No credentials in the code and no input executed as code', 1);
    case 'python.static.function-size':
      return absence(of(new Set(['long-function'])), 'Every function is 50 lines or shorter', 0.5);
    case 'python.static.logging': {
      const handedOut = new Set((starterSource ?? '').split('\n').map((text) => text.trim()).filter(Boolean));
      const written = (f: StaticFinding) => !handedOut.has(source?.split('\n')[f.line - 1]?.trim() ?? '');
      const calls = of(new Set(['logging-call'])).filter(written);
      const imports = of(new Set(['logging-import']));
      const prints = of(new Set(['print'])).filter(written);
      const at = (f: StaticFinding) => line(f, source);
      if (calls.length) return { score: 1, evidence: calls.slice(0, 5).map(at) };
      // An import alone reports nothing (and the starter already has it), so it earns nothing: only what runs counts.
      const unused = imports.length ? [...imports.map(at), { kind: 'note' as const, label: 'logging is imported but never called' }] : [];
      if (prints.length) return { score: 0.25, evidence: [...prints.slice(0, 5).map(at), { kind: 'note', label: 'Reports progress with print() only' }, ...unused] };
      return { score: 0, evidence: unused.length ? unused : [{ kind: 'note', label: 'The run reports nothing: no logging at all' }] };
    }
    default:
      throw new Error(`Not a static criterion: ${criterionId}`);
  }
}

/** Red flags from the blueprint that the code itself shows; each caps a dimension until a reviewer clears it. */
export const PYTHON_RED_FLAG_KINDS: readonly { signalId: string; title: string; kinds: readonly StaticFinding['kind'][] }[] = [
  { signalId: 'python.hardcoded-secret', title: 'Credentials written into the code', kinds: [...SECRET_KINDS] },
  { signalId: 'python.executes-input', title: 'Runs input data as code (eval, exec, pickle or an unsafe YAML load of what it read)', kinds: ['executes-input'] },
  { signalId: 'python.fs-write', title: 'Writes or deletes files outside the warehouse API', kinds: ['fs-write'] },
  { signalId: 'python.special-cases-sample', title: 'Special-cases the public sample data (its ids or file names) instead of applying the rules', kinds: ['special-cases-sample'] },
  { signalId: 'python.hardcoded-result', title: 'Hard-codes the run summary instead of counting what the run did', kinds: ['hardcoded-result'] },
  { signalId: 'python.bypasses-validation', title: 'Bypasses the checks: patches the warehouse or test code, or writes to its private state', kinds: ['bypasses-validation'] },
];

/** `source` lets evidence quote the flagged statement. */
export function staticSignals(report: StaticReport | null, source?: string): Signal[] {
  if (!report || report.syntaxError) return [];
  const signals: Signal[] = [];
  const add = (signalId: string, kind: Signal['kind'], title: string, found: StaticFinding[]) => {
    if (found.length) signals.push({ signalId, exerciseId: 'python', kind, title, evidence: found.map((f) => line(f, source)) });
  };
  for (const flag of PYTHON_RED_FLAG_KINDS) add(flag.signalId, 'red-flag', flag.title, report.findings.filter((f) => flag.kinds.includes(f.kind)));
  // Swallowing every error stays a weak signal: the blueprint assesses error handling as a skill to coach; its red
  // flags are behaviours that make work unsafe to trust (secrets, executing input, side effects, gaming the checks).
  add('python.swallowed-exception', 'weak', 'Exceptions caught and silently ignored', report.findings.filter((f) => SWALLOW_KINDS.has(f.kind)));
  add('python.append-load', 'weak', 'Loads with append-only insert instead of an upsert by key', report.findings.filter((f) => f.kind === 'append-load'));
  add('python.long-function', 'weak', 'Very long functions', report.findings.filter((f) => f.kind === 'long-function'));
  add('python.uses-logging', 'strong', 'Logs what the run did', report.findings.filter((f) => f.kind === 'logging-call').slice(0, 3));
  return signals;
}
