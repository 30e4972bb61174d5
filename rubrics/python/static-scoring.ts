// Host only: turns static findings into criterion scores and signals (error handling, logging, secrets, function size).
import type { CriterionResult, Evidence, Signal } from '../../contract/scoring';
import { SECRET_KINDS, SWALLOW_KINDS, type StaticFinding, type StaticReport } from './static-signals';

type Scored = Pick<CriterionResult, 'score' | 'evidence'>;

const line = (f: StaticFinding): Evidence => ({ kind: 'code-line', label: f.detail, line: f.line });

/**
 * `anyPass`: whether the submission passes at least one test. Criteria that reward the absence of a problem
 * give no credit to code that does nothing (the untouched starter has no secrets either).
 */
export function scoreStatic(criterionId: string, report: StaticReport | null, anyPass: boolean): Scored {
  if (!report) return { score: 0, evidence: [{ kind: 'note', label: 'Static analysis could not run' }] };
  if (report.syntaxError) {
    return { score: 0, evidence: [{ kind: 'code-line', label: `Does not parse: ${report.syntaxError.message}`, line: report.syntaxError.line }] };
  }
  const of = (kinds: ReadonlySet<string>) => report.findings.filter((f) => kinds.has(f.kind));
  const absence = (found: StaticFinding[], clean: string, perFinding: number): Scored => {
    if (found.length) return { score: Math.max(0, 1 - perFinding * found.length), evidence: found.map(line) };
    if (!anyPass) return { score: 0, evidence: [{ kind: 'note', label: `${clean}, but the submission passes no test, so there is nothing to credit` }] };
    return { score: 1, evidence: [{ kind: 'note', label: clean }] };
  };
  switch (criterionId) {
    case 'python.static.error-handling':
      return absence(of(SWALLOW_KINDS), 'No bare or swallowed exception handlers', 0.5);
    case 'python.static.secrets':
      return absence(of(SECRET_KINDS), 'No credentials found in the code', 1);
    case 'python.static.function-size':
      return absence(of(new Set(['long-function'])), 'Every function is 50 lines or shorter', 0.5);
    case 'python.static.logging': {
      const calls = of(new Set(['logging-call']));
      const imports = of(new Set(['logging-import']));
      const prints = of(new Set(['print']));
      if (calls.length) return { score: 1, evidence: calls.slice(0, 5).map(line) };
      if (imports.length) return { score: 0.5, evidence: [...imports.map(line), { kind: 'note', label: 'logging is imported but never called' }] };
      if (prints.length) return { score: 0.25, evidence: [...prints.slice(0, 5).map(line), { kind: 'note', label: 'Reports progress with print() only' }] };
      return { score: 0, evidence: [{ kind: 'note', label: 'The run reports nothing: no logging at all' }] };
    }
    default:
      throw new Error(`Not a static criterion: ${criterionId}`);
  }
}

export function staticSignals(report: StaticReport | null): Signal[] {
  if (!report || report.syntaxError) return [];
  const signals: Signal[] = [];
  const add = (signalId: string, kind: Signal['kind'], title: string, found: StaticFinding[]) => {
    if (found.length) signals.push({ signalId, exerciseId: 'python', kind, title, evidence: found.map(line) });
  };
  add('python.hardcoded-secret', 'red-flag', 'Credentials written into the code', report.findings.filter((f) => SECRET_KINDS.has(f.kind)));
  add('python.swallowed-exception', 'weak', 'Exceptions caught and silently ignored', report.findings.filter((f) => SWALLOW_KINDS.has(f.kind)));
  add('python.append-load', 'weak', 'Loads with append-only insert instead of an upsert by key', report.findings.filter((f) => f.kind === 'append-load'));
  add('python.long-function', 'weak', 'Very long functions', report.findings.filter((f) => f.kind === 'long-function'));
  add('python.uses-logging', 'strong', 'Logs what the run did', report.findings.filter((f) => f.kind === 'logging-call').slice(0, 3));
  return signals;
}
