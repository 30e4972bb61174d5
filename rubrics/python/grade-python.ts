// Host only: grades a Python-ingestion answer in the Deno sandbox (a fresh Pyodide): the candidate's run_ingest is
// played against the public sample and the hidden scenarios, and the host compares what it produced; plus static signals.
import type { CriterionResult, Evidence, ExerciseGrade, Signal } from '../../contract/scoring';
import { PythonAnswerSchema, type PythonAnswer } from '../../exercises/python/answer';
import { getPythonVariant, type PythonVariant } from '../../exercises/python/python-variants';
import { errorGrade as kitErrorGrade } from '../kit/error-grade';
import { PYTHON_CRITERIA } from './criteria';
import { getGradingRuntime, type GradingRuntime, type RunOutcome } from './grading-runtime';
import type { HiddenTest } from './hidden-tests';
import { playSubmission, type PlayedScenario, type PlayLimits } from './play-submission';
import { scenarioSchema } from './scenario-inputs';
import { CheckStop, ScenarioCheck } from './scenario-check';
import { publicTestChecks } from './public-scenario';
import { HIDDEN_SCENARIOS } from './hidden-scenarios';
import { parseStaticReport, type StaticReport } from './static-signals';
import { scoreStatic, staticSignals } from './static-scoring';

export interface GradePythonOptions extends PlayLimits {
  /** Defaults to the process-wide runtime (see closeGradingRuntime). */
  runtime?: GradingRuntime;
}

interface HiddenOutcome {
  test: HiddenTest;
  passed: boolean;
  detail: string;
  line?: number;
  timedOut?: boolean;
  /** True when the test actually ran to a pass or fail (not blocked, not stopped). */
  ran?: boolean;
}

function clip(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function ev(e: Evidence): Evidence {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as Evidence;
}

function describeFailure(outcome: RunOutcome & { ok: false }): string {
  if (outcome.reason === 'skipped') return 'Not run: earlier tests ran past their time limit, so grading stopped running this submission';
  return outcome.reason === 'timeout'
    ? `Stopped: ${outcome.error} (an endless loop, or far too slow)`
    : `The grader could not run it: ${clip(outcome.error, 300)}`;
}

/** The rubric kit's one error grade: every criterion 0 (the rating stays with the reviewer), the reason as evidence. */
const errorGrade = (variantId: string, error: string): ExerciseGrade => kitErrorGrade({ exerciseId: 'python', variantId, criteria: PYTHON_CRITERIA, error });

export async function gradePythonAnswer(answer: PythonAnswer, variantId: string, opts: GradePythonOptions = {}): Promise<ExerciseGrade> {
  let variant: PythonVariant;
  try {
    variant = getPythonVariant(variantId);
  } catch (e) {
    return errorGrade(variantId, (e as Error).message);
  }
  const parsed = PythonAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    return errorGrade(variantId, `The Python answer is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ')}`);
  }
  const runtime = opts.runtime ?? getGradingRuntime();
  try {
    return await runtime.exclusive(() => gradeFresh(runtime, parsed.data.source, variant, opts));
  } catch (e) {
    return errorGrade(variantId, `Grading failed: ${(e as Error).message}`);
  }
}


/** A check's verdict on one played scenario, in the words the evidence shows. */
function verdict(run: PlayedScenario, check: (c: ScenarioCheck) => void, schema: ScenarioCheck['s']): Omit<HiddenOutcome, 'test'> {
  if (!run.ok) {
    const o = run.outcome;
    if (o.reason === 'skipped') return { passed: false, detail: 'Not run: earlier tests ran past their time limit, so grading stopped running this submission' };
    return { passed: false, detail: describeFailure(o), ...(o.reason === 'timeout' ? { timedOut: true } : {}) };
  }
  try {
    const c = new ScenarioCheck(schema, run.report);
    check(c);
    return { passed: true, ran: true, detail: c.passNote ? `Passed: ${c.passNote}` : 'Passed' };
  } catch (e) {
    if (!(e instanceof CheckStop)) throw e;
    return { passed: false, ran: true, detail: clip(`${e.status}: ${e.message}`), ...(e.line ? { line: e.line } : {}) };
  }
}

/** The report of the first run that could not import ingest.py, if any: every scenario fails the same way then. */
function importFailure(runs: PlayedScenario[]): { message: string; line?: number } | null {
  for (const run of runs) {
    if (!run.ok) continue;
    const step = run.report.steps.find((s) => 'raised' in s && s.phase === 'import');
    if (step && 'raised' in step) {
      const line = step.raised.frames.filter((f) => f.file === 'ingest.py').at(-1)?.line;
      return { message: `${step.raised.type}: ${step.raised.message}`, ...(line ? { line } : {}) };
    }
  }
  return null;
}

async function gradeFresh(runtime: GradingRuntime, source: string, variant: PythonVariant, opts: GradePythonOptions): Promise<ExerciseGrade> {
  // One job, one fresh interpreter: nothing an earlier submission's code did can leak into this grade.
  const play = await playSubmission(runtime, source, variant, opts);
  const schema = scenarioSchema(variant.variantId);
  const staticReport: StaticReport | null = play.staticOutcome.ok ? safeStaticReport(play.staticOutcome.value) : null;

  // When ingest.py cannot even be imported, every hidden test fails the same way: say so once per test.
  const syntax = staticReport?.syntaxError;
  const unimportable = importFailure([play.publicRun, ...play.hidden.map((h) => h.played)]);
  const blocker = syntax
    ? { detail: `Not run: ingest.py does not compile (line ${syntax.line}: ${syntax.message})`, line: syntax.line }
    : unimportable
      ? { detail: `Not run: the tests could not import ingest.py (${clip(unimportable.message, 300)})`, ...(unimportable.line ? { line: unimportable.line } : {}) }
      : null;
  const hidden: HiddenOutcome[] = play.hidden.map(({ test, played, baseline }) => {
    if (blocker) return { test, passed: false, ...blocker };
    const scenario = HIDDEN_SCENARIOS[test.id]!;
    const timing = { elapsedMs: played.elapsedMs, cpuMs: played.cpuMs, ...(baseline ? { baseline } : {}) };
    return { test, ...verdict(played, (c) => scenario.check(c, timing), schema) };
  });
  const publicTests = publicTestChecks(variant.variantId).map((t) => ({ name: t.name, ...verdict(play.publicRun, t.check, schema) }));

  const criteria: CriterionResult[] = [];
  const signals: Signal[] = [];
  const anyPass = hidden.some((h) => h.passed) || publicTests.some((t) => t.passed);
  for (const def of PYTHON_CRITERIA) {
    const base = { criterionId: def.criterionId, exerciseId: 'python' as const, title: def.title };
    if (def.criterionId === 'python.public.tests') {
      criteria.push({ ...base, source: 'auto', ...scorePublic(publicTests, play.publicRun, unimportable) });
    } else if (def.criterionId.startsWith('python.hidden.')) {
      const mine = hidden.filter((h) => h.test.criterionId === def.criterionId);
      const passed = mine.filter((h) => h.passed).length;
      criteria.push({
        ...base,
        source: 'auto',
        score: mine.length ? passed / mine.length : 0,
        evidence: mine.map((h) => ev({ kind: 'hidden-test', label: `${h.test.id}: ${h.test.title}`, detail: h.detail, passed: h.passed, line: h.line })),
      });
    } else if (def.criterionId.startsWith('python.static.')) {
      criteria.push({ ...base, source: 'auto', ...scoreStatic(def.criterionId, staticReport, anyPass, source, variant.starterSource) });
    } else {
      criteria.push({ ...base, source: 'reviewer', score: null, evidence: [{ kind: 'note', label: 'Waiting for a reviewer rating (1-5)' }] });
    }
  }

  signals.push(...staticSignals(staticReport, source));
  const idem = hidden.filter((h) => h.test.criterionId === 'python.hidden.idempotency');
  const idemEvidence = idem.map((h) => ev({ kind: 'hidden-test', label: h.test.title, detail: h.detail, passed: h.passed, line: h.line }));
  if (idem.every((h) => h.passed)) signals.push({ signalId: 'python.idempotent-load', exerciseId: 'python', kind: 'strong', title: 'Loads idempotently: re-runs change nothing twice', evidence: idemEvidence });
  else if (idem.every((h) => h.ran) && idem.filter((h) => h.passed).length < idem.length / 2) {
    signals.push({ signalId: 'python.not-idempotent', exerciseId: 'python', kind: 'weak', title: 'Re-running the load duplicates or loses data', evidence: idemEvidence.filter((e) => !e.passed) });
  }
  const stuck = hidden.filter((h) => h.timedOut);
  const publicStuck = !play.publicRun.ok && play.publicRun.outcome.reason === 'timeout';
  if (stuck.length || publicStuck) {
    signals.push({ signalId: 'python.runaway-code', exerciseId: 'python', kind: 'weak', title: 'Code ran past its time limit and had to be stopped', evidence: stuck.map((h) => ({ kind: 'hidden-test', label: h.test.title, detail: h.detail, passed: false })) });
  }
  if (syntax) {
    signals.push({ signalId: 'python.does-not-compile', exerciseId: 'python', kind: 'weak', title: 'The submitted module has a syntax error', evidence: [{ kind: 'code-line', label: syntax.message, line: syntax.line }] });
  }
  const fsSignal = runtimeFsSignal(play.fsEvents);
  if (fsSignal) signals.push(fsSignal);
  return { exerciseId: 'python', variantId: variant.variantId, criteria, signals };
}

/** Signal id of the runtime file-system trace (see docs/ARCHITECTURE.md, "Grading sandbox"). */
export const RUNTIME_FS_SIGNAL_ID = 'python.runtime-fs-writes';

/**
 * The sandbox's (untrusted) trace of files the code wrote, created, renamed or deleted outside the warehouse API
 * while it was graded, as evidence: one line per distinct operation and path, with the scenario it happened in.
 */
export function runtimeFsSignal(events: { scenario: string; event: { op: string; path: string } }[]): Signal | null {
  if (!events.length) return null;
  const seen = new Map<string, { op: string; path: string; scenarios: string[] }>();
  for (const { scenario, event } of events) {
    const key = `${event.op} ${event.path}`;
    const entry = seen.get(key) ?? { ...event, scenarios: [] };
    if (!entry.scenarios.includes(scenario)) entry.scenarios.push(scenario);
    seen.set(key, entry);
  }
  const evidence: Evidence[] = [...seen.values()].slice(0, 20).map((e) => ({
    kind: 'action',
    label: `${e.op} ${e.path}`,
    detail: `during ${e.scenarios.slice(0, 3).join(', ')}${e.scenarios.length > 3 ? ` and ${e.scenarios.length - 3} more` : ''}`,
  }));
  return { signalId: RUNTIME_FS_SIGNAL_ID, exerciseId: 'python', kind: 'red-flag', title: 'Wrote or deleted files outside the warehouse API while it was graded', evidence };
}

function safeStaticReport(json: string): StaticReport | null {
  try {
    return parseStaticReport(json);
  } catch {
    return null;
  }
}

function scorePublic(tests: { name: string; passed: boolean; detail: string; line?: number }[], run: PlayedScenario, unimportable: { message: string; line?: number } | null): Pick<CriterionResult, 'score' | 'evidence'> {
  if (!run.ok) return { score: 0, evidence: [{ kind: 'check-run', label: 'Public tests', detail: describeFailure(run.outcome), passed: false }] };
  if (unimportable) return { score: 0, evidence: [ev({ kind: 'check-run', label: 'Could not import ingest.py', detail: clip(unimportable.message, 300), passed: false, line: unimportable.line })] };
  const evidence = tests.map((t) => ev({ kind: 'check-run', label: `public: ${t.name}`, detail: t.detail, passed: t.passed, line: t.line }));
  return { score: tests.length ? tests.filter((t) => t.passed).length / tests.length : 0, evidence };
}
