// Host only: sends one submission to the sandbox as a single job (static analysis, the public sample, every hidden
// scenario) and returns what came back: validated reports, failures and the host-measured time of each run.
import { getPythonVariant, pythonWorkspaceFiles, type PythonVariant } from '../../exercises/python/python-variants';
import type { SandboxRun, ScenarioSpec } from '../sandbox/python-protocol';
import type { GradingRuntime, RunOutcome } from './grading-runtime';
import { GROWTH_FLOOR_MS, HIDDEN_SCENARIOS, SCALE_WALL_LIMIT_MS, type RunTiming, type ScenarioPlan } from './hidden-scenarios';
import { HIDDEN_TESTS, type HiddenTest } from './hidden-tests';
import { publicKeys } from './public-scenario';
import { scenarioSchema } from './scenario-inputs';
import { parseScenarioReport, type FsEvent, type ScenarioReport } from './scenario-report';
import { buildStaticAnalysisCode, publicSampleLiterals } from './static-signals';

/** Where the submission's workspace lives in the sandbox's virtual file system. */
export const SUBMISSION_ROOT = '/grading/submission';
const SCENARIO_ROOT = '/grading/scenarios';

export interface PlayLimits {
  staticTimeoutMs?: number;
  publicTimeoutMs?: number;
  testTimeoutMs?: number;
  scaleTimeoutMs?: number;
  maxTimeouts?: number;
}

/** A scenario's result: the validated report, or why there is none (error, timeout, crash, skipped, bad report). */
export type PlayedScenario =
  | ({ ok: true; report: ScenarioReport } & RunTiming)
  | ({ ok: false; outcome: RunOutcome & { ok: false } } & RunTiming);

export interface PlayedSubmission {
  staticOutcome: RunOutcome;
  staticTiming: RunTiming;
  publicRun: PlayedScenario;
  /** `baseline`: how long the scenario's smaller run took, for the scenarios that have one (the scale test). */
  hidden: { test: HiddenTest; played: PlayedScenario; baseline?: RunTiming }[];
  /** Untrusted trace of file-system writes and deletes by the candidate's code, per scenario label. */
  fsEvents: { scenario: string; event: FsEvent }[];
  foreignLines: number;
}

function played(outcome: RunOutcome, timing: RunTiming): PlayedScenario {
  if (!outcome.ok) return { ok: false, outcome, ...timing };
  try {
    return { ok: true, report: parseScenarioReport(outcome.value), ...timing };
  } catch (e) {
    return { ok: false, outcome: { ok: false, reason: 'error', error: (e as Error).message, terminated: false }, ...timing };
  }
}

/**
 * The hidden scenarios' inputs depend only on the variant (the scale file alone takes ~0.1 s to build), so they are
 * built once per variant and process. Frozen: a plan is shared by every submission of that variant.
 */
/** Per hidden test (in HIDDEN_TESTS order): its plan, and the smaller timed run it compares against, if any. */
interface HiddenPlan {
  plan: ScenarioPlan;
  baseline: ScenarioPlan | null;
}

const plansByVariant = new Map<string, readonly HiddenPlan[]>();

function hiddenPlans(variantId: string): readonly HiddenPlan[] {
  let plans = plansByVariant.get(variantId);
  if (!plans) {
    const schema = scenarioSchema(variantId);
    plans = HIDDEN_TESTS.map((test) => {
      const scenario = HIDDEN_SCENARIOS[test.id];
      if (!scenario) throw new Error(`No scenario for hidden test ${test.id}`);
      return deepFreeze({ plan: scenario.plan(schema), baseline: scenario.baseline?.(schema) ?? null });
    });
    plansByVariant.set(variantId, plans);
  }
  return plans;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export async function playSubmission(runtime: GradingRuntime, source: string, variantOrId: PythonVariant | string, limits: PlayLimits = {}): Promise<PlayedSubmission> {
  const variant = typeof variantOrId === 'string' ? getPythonVariant(variantOrId) : variantOrId;
  const schema = scenarioSchema(variant.variantId);
  const files = pythonWorkspaceFiles(variant.variantId, source)
    // The public test module is not run at grading (its checks are re-done on the host), so it is not handed over.
    .filter((f) => !f.path.startsWith('test_'))
    .map((f) => ({ path: `${SUBMISSION_ROOT}/${f.path}`, content: f.content }));
  const spec = (dir: string, plan: Pick<ScenarioSpec, 'steps' | 'keys'> & { capture?: ScenarioSpec['capture'] }, keepDir = false): ScenarioSpec => ({
    root: SUBMISSION_ROOT,
    dir,
    ...(keepDir ? { keepDir: true } : {}),
    table: schema.table,
    steps: plan.steps,
    keys: plan.keys,
    capture: plan.capture ?? 'full',
  });
  const plans = hiddenPlans(variant.variantId);
  const hiddenRuns: SandboxRun[] = [];
  /** Where each hidden test's run (and its baseline run, when it has one) sits among the hidden runs. */
  const hiddenAt = HIDDEN_TESTS.map((test, i) => {
    const limitMs = test.slow ? (limits.scaleTimeoutMs ?? SCALE_WALL_LIMIT_MS) : (limits.testTimeoutMs ?? 10_000);
    const { plan, baseline: baselinePlan } = plans[i]!;
    const run = hiddenRuns.push({ kind: 'scenario', scenario: spec(`${SCENARIO_ROOT}/s${i}`, plan), limitMs }) - 1;
    // The smaller run follows, and only when the full run was slow enough for its growth to be judged: most
    // submissions never pay for it. (Run second it meets a slightly warmer interpreter; the limit leaves room for that.)
    const baseline = baselinePlan
      ? hiddenRuns.push({ kind: 'scenario', scenario: spec(`${SCENARIO_ROOT}/s${i}-baseline`, baselinePlan), limitMs: limits.testTimeoutMs ?? 10_000, onlyIfPreviousCpuMsAtLeast: GROWTH_FLOOR_MS }) - 1
      : null;
    return { run, baseline };
  });
  const runs: SandboxRun[] = [
    { kind: 'code', code: buildStaticAnalysisCode(source, publicSampleLiterals(variant)), limitMs: limits.staticTimeoutMs ?? 15_000 },
    { kind: 'scenario', scenario: spec(`${SUBMISSION_ROOT}/data`, { steps: [{ op: 'ingest' }], keys: publicKeys(variant.variantId) }, true), limitMs: limits.publicTimeoutMs ?? 20_000 },
    ...hiddenRuns,
  ];
  const result = await runtime.job(files, runs, { maxTimeouts: limits.maxTimeouts ?? 2 });
  const timingAt = (i: number): RunTiming => ({ elapsedMs: result.elapsedMs[i] ?? null, cpuMs: result.cpuMs[i] ?? null });
  const at = (i: number) => played(result.outcomes[i]!, timingAt(i));
  const publicRun = at(1);
  const hidden = HIDDEN_TESTS.map((test, i) => {
    const { run, baseline } = hiddenAt[i]!;
    // A baseline counts only when it ran to the end: the timing of a run that failed says nothing about growth.
    const baselineTiming = baseline !== null && result.outcomes[baseline + 2]?.ok ? timingAt(baseline + 2) : null;
    return { test, played: at(run + 2), ...(baselineTiming ? { baseline: baselineTiming } : {}) };
  });
  const fsEvents: PlayedSubmission['fsEvents'] = [];
  const baselineRuns = HIDDEN_TESTS.flatMap((test, i) => (hiddenAt[i]!.baseline === null ? [] : [[`${test.id} (smaller run)`, at(hiddenAt[i]!.baseline! + 2)] as const]));
  for (const [label, run] of [['public sample', publicRun] as const, ...hidden.map((h) => [h.test.id, h.played] as const), ...baselineRuns]) {
    if (run.ok) for (const event of run.report.fsTrace.events) fsEvents.push({ scenario: label, event });
  }
  return { staticOutcome: result.outcomes[0]!, staticTiming: { elapsedMs: result.elapsedMs[0] ?? null, cpuMs: result.cpuMs[0] ?? null }, publicRun, hidden, fsEvents, foreignLines: result.foreignLines };
}
