// Host only: grades a Python-ingestion answer in a fresh Pyodide: public tests, hidden tests (one time limit each) and static signals.
import type { CriterionResult, Evidence, ExerciseGrade, Signal } from '../../contract/scoring';
import { PythonAnswerSchema, type PythonAnswer } from '../../exercises/python/answer';
import { buildTestRunCode } from '../../exercises/python/python-harness';
import { getPythonVariant, pythonWorkspaceFiles, PYTHON_PUBLIC_TEST_MODULE, type PythonVariant } from '../../exercises/python/python-variants';
import { parsePythonTestReport, type PythonTestReport, type PythonTestResult } from '../../exercises/python/test-report';
import { PYTHON_CRITERIA } from './criteria';
import { getGradingRuntime, type FsFile, type GradingRuntime, type RunOutcome } from './grading-runtime';
import { HIDDEN_TEST_MODULE, HIDDEN_TESTS, hiddenTestModuleSource, type HiddenTest } from './hidden-tests';
import { buildStaticAnalysisCode, parseStaticReport, publicSampleLiterals, type StaticReport } from './static-signals';
import { scoreStatic, staticSignals } from './static-scoring';

export interface GradePythonOptions {
  /** Defaults to the process-wide runtime (see closeGradingRuntime). */
  runtime?: GradingRuntime;
  publicTimeoutMs?: number;
  testTimeoutMs?: number;
  scaleTimeoutMs?: number;
  /** After this many tests overrun their limit, the rest are not run (a runaway submission would stall grading). */
  maxTimeouts?: number;
}

const ROOT = '/grading/submission';

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

/** The line in ingest.py closest to where the failure happened, so the reviewer can jump to it. */
function ingestLine(t: Pick<PythonTestResult, 'frames'>): number | undefined {
  const frames = t.frames.filter((f) => f.file === 'ingest.py' && f.line > 0);
  return frames.length ? frames[frames.length - 1]!.line : undefined;
}

function ev(e: Evidence): Evidence {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as Evidence;
}

function describeFailure(outcome: RunOutcome & { ok: false }): string {
  return outcome.reason === 'timeout'
    ? `Stopped: ${outcome.error} (an endless loop, or far too slow)`
    : `The grader could not run it: ${clip(outcome.error, 300)}`;
}

function errorGrade(variantId: string, error: string): ExerciseGrade {
  return {
    exerciseId: 'python',
    variantId,
    error,
    signals: [],
    criteria: PYTHON_CRITERIA.map((c) => ({
      criterionId: c.criterionId,
      exerciseId: 'python',
      title: c.title,
      score: c.ratingAnchors ? null : 0,
      evidence: [{ kind: 'note', label: error }],
      source: c.ratingAnchors ? 'reviewer' : 'auto',
    })),
  };
}

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

async function gradeFresh(runtime: GradingRuntime, source: string, variant: PythonVariant, opts: GradePythonOptions): Promise<ExerciseGrade> {
  // A fresh interpreter per submission: nothing the previous candidate's code did can leak into this grade.
  await runtime.fresh();
  const files: FsFile[] = [
    ...pythonWorkspaceFiles(variant.variantId, source).map((f) => ({ path: `${ROOT}/${f.path}`, content: f.content })),
    { path: `${ROOT}/${HIDDEN_TEST_MODULE}.py`, content: hiddenTestModuleSource(variant.variantId) },
  ];

  const staticOutcome = await runtime.run(files, buildStaticAnalysisCode(source, publicSampleLiterals(variant)), 15_000);
  const staticReport: StaticReport | null = staticOutcome.ok ? parseStaticReport(staticOutcome.value) : null;

  let timeouts = 0;
  const publicOutcome = await runtime.run(files, buildTestRunCode({ root: ROOT, modules: [PYTHON_PUBLIC_TEST_MODULE] }), opts.publicTimeoutMs ?? 20_000);
  if (!publicOutcome.ok && publicOutcome.reason === 'timeout') timeouts++;
  const publicReport = publicOutcome.ok ? parsePythonTestReport(publicOutcome.value) : null;

  // When ingest.py cannot even be imported, every hidden test would fail the same way: say so once, run nothing.
  const syntax = staticReport?.syntaxError;
  let blocker: string | null = syntax ? `Not run: ingest.py does not compile (line ${syntax.line}: ${syntax.message})` : null;
  const hidden: HiddenOutcome[] = [];
  for (const test of HIDDEN_TESTS) {
    if (!blocker && timeouts >= (opts.maxTimeouts ?? 2)) blocker = 'Not run: earlier tests ran past their time limit, so grading stopped running this submission';
    if (blocker) {
      hidden.push({ test, passed: false, detail: blocker, ...(syntax ? { line: syntax.line } : {}) });
      continue;
    }
    const limit = test.slow ? (opts.scaleTimeoutMs ?? 60_000) : (opts.testTimeoutMs ?? 10_000);
    const outcome = await runtime.run(files, buildTestRunCode({ root: ROOT, modules: [HIDDEN_TEST_MODULE], only: [test.method] }), limit);
    if (!outcome.ok) {
      if (outcome.reason === 'timeout') timeouts++;
      hidden.push({ test, passed: false, detail: describeFailure(outcome), timedOut: outcome.reason === 'timeout' });
      continue;
    }
    const report = parsePythonTestReport(outcome.value);
    const collection = report.collectionErrors[0];
    if (collection) {
      blocker = `Not run: the tests could not import ingest.py (${clip(collection.message, 300)})`;
      hidden.push({ test, passed: false, detail: blocker, ...(ingestLine(collection) ? { line: ingestLine(collection)! } : {}) });
      continue;
    }
    const result = report.tests.find((t) => t.name === test.method);
    if (!result) hidden.push({ test, passed: false, detail: 'The test did not run' });
    else {
      const line = ingestLine(result);
      hidden.push({ test, ran: true, passed: result.status === 'pass', detail: result.status === 'pass' ? 'Passed' : clip(`${result.status}: ${result.message}`), ...(line ? { line } : {}) });
    }
  }

  const criteria: CriterionResult[] = [];
  const signals: Signal[] = [];
  const anyPass = hidden.some((h) => h.passed) || (publicReport?.counts.passed ?? 0) > 0;
  for (const def of PYTHON_CRITERIA) {
    const base = { criterionId: def.criterionId, exerciseId: 'python' as const, title: def.title };
    if (def.criterionId === 'python.public.tests') {
      criteria.push({ ...base, source: 'auto', ...scorePublic(publicReport, publicOutcome) });
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
      criteria.push({ ...base, source: 'auto', ...scoreStatic(def.criterionId, staticReport, anyPass, source) });
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
  if (stuck.length || (!publicOutcome.ok && publicOutcome.reason === 'timeout')) {
    signals.push({ signalId: 'python.runaway-code', exerciseId: 'python', kind: 'weak', title: 'Code ran past its time limit and had to be stopped', evidence: stuck.map((h) => ({ kind: 'hidden-test', label: h.test.title, detail: h.detail, passed: false })) });
  }
  if (syntax) {
    signals.push({ signalId: 'python.does-not-compile', exerciseId: 'python', kind: 'weak', title: 'The submitted module has a syntax error', evidence: [{ kind: 'code-line', label: syntax.message, line: syntax.line }] });
  }
  return { exerciseId: 'python', variantId: variant.variantId, criteria, signals };
}

function scorePublic(report: PythonTestReport | null, outcome: RunOutcome): Pick<CriterionResult, 'score' | 'evidence'> {
  if (!report) return { score: 0, evidence: [{ kind: 'check-run', label: 'Public tests', detail: outcome.ok ? 'No report' : describeFailure(outcome), passed: false }] };
  const evidence: Evidence[] = report.collectionErrors.map((c) =>
    ev({ kind: 'check-run', label: `Could not import ${c.label}`, detail: clip(c.message, 300), passed: false, line: ingestLine(c) }),
  );
  for (const t of report.tests) {
    evidence.push(ev({ kind: 'check-run', label: `public: ${t.name}`, detail: t.status === 'pass' ? 'Passed' : clip(`${t.status}: ${t.message}`), passed: t.status === 'pass', line: ingestLine(t) }));
  }
  const total = report.counts.total;
  return { score: total && !report.collectionErrors.length ? report.counts.passed / total : 0, evidence };
}
