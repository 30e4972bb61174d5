// Host (Node): the implementation of every HostApi message. Both transports (IPC, HTTP) call these.
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostHandlers, NewEvent } from '../../contract/host-api';
import type { ExerciseId } from '../../contract/exercise-ids';
import { AssessmentPlanSchema, type AssessmentPlan, type Session } from '../../contract/session';
import { findExerciseDefinition } from '../../assessment/exercise-registry';
import { writeFileAtomic } from './atomic-file';
import { appendEvent, verifyChain } from './hash-chain';
import { HostError } from './host-error';
import { defaultPlan, parsePlanFile, planFromDraft, resolveVariants } from './plans';
import { ReviewerAuth } from './reviewer-auth';
import type { HostAccess } from './dispatch';
import { parseSealedSessionFile } from './session-file';
import { SessionStore, summarise } from './session-store';
import { ReviewService } from './review-service';

export interface HostContext {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  now?: () => Date;
  random?: () => number;
  /** Where the grading workers ship when the host is bundled (Electron); see openGradingResources. */
  gradingWorkerDir?: string;
}

export interface HostServices {
  handlers: HostHandlers;
  /** What the dispatcher uses to verify callers (contract/host-roles.ts). */
  access: HostAccess;
  store: SessionStore;
  close(): Promise<void>;
}

export async function createHostServices(ctx: HostContext): Promise<HostServices> {
  const now = ctx.now ?? (() => new Date());
  const random = ctx.random ?? Math.random;
  const store = new SessionStore(ctx.dataDir);
  const { unreadable } = await store.load();
  for (const line of unreadable) console.warn(`[session-store] left untouched, could not read ${line}`);
  const auth = new ReviewerAuth(ctx.dataDir, now);
  const reviews = new ReviewService(ctx.dataDir, now, ctx.gradingWorkerDir);
  await reviews.load();

  function summaryOf(session: Session, source: 'this-machine' | 'imported') {
    const review = reviews.get(session.sessionId);
    const card = review?.gradedAt ? reviews.scorecard(review) : null;
    return summarise(session, source, {
      state: reviews.state(session.sessionId),
      overallScore: card?.overall.finalScore ?? null,
      coveredWeight: card?.overall.coveredWeight ?? 0,
      redFlags: card ? card.signals.filter((s) => s.kind === 'red-flag').map((s) => s.title) : [],
    });
  }
  const pendingPlanFile = join(ctx.dataDir, 'pending-plan.json');

  async function pendingPlan(): Promise<AssessmentPlan | null> {
    const text = await readFile(pendingPlanFile, 'utf8').catch(() => null);
    if (text === null) return null;
    const parsed = AssessmentPlanSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  }

  function validateAnswer(exerciseId: string, answer: unknown): void {
    const schema = findExerciseDefinition(exerciseId)?.answerSchema;
    const result = schema?.safeParse(answer);
    if (!result?.success) throw new HostError('invalid-input', `The answer for ${exerciseId} is not in the expected shape.`);
  }

  function withEvents(session: Session, events: NewEvent[], at: Date): Session {
    const log = [...session.events];
    for (const e of events) log.push(appendEvent(log, e, at));
    return { ...session, events: log, updatedAt: at.toISOString() };
  }

  const handlers: HostHandlers = {
    async getAppInfo() {
      return { mode: ctx.mode, version: ctx.version, dataDir: ctx.dataDir };
    },

    async getActiveSession() {
      return { session: store.activeSession() };
    },

    async getPendingPlan() {
      const plan = await pendingPlan();
      return plan ? { plan, isDefault: false } : { plan: defaultPlan(now()), isDefault: true };
    },

    async openPlanFile({ content }) {
      const plan = parsePlanFile(content);
      await writeFileAtomic(pendingPlanFile, JSON.stringify(plan));
      return { plan };
    },

    async startSession({ candidateName }) {
      if (store.activeSession()) throw new HostError('conflict', 'An assessment is already in progress on this machine.');
      const at = now();
      const plan = resolveVariants((await pendingPlan()) ?? defaultPlan(at), random);
      const base: Session = {
        format: 'dpe-assessment-session',
        version: 1,
        sessionId: randomUUID(),
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        candidateName,
        plan,
        status: 'in-progress',
        location: 'overview',
        elapsedMs: {},
        answers: {},
        events: [],
      };
      const started = {
        type: 'session-started' as const,
        data: { candidateName, planId: plan.planId, variants: plan.exercises.map((e) => `${e.exerciseId}:${e.variantId}`) },
      };
      const session = withEvents(base, [started], at);
      await store.put(session, 'this-machine');
      // The plan is used once: the next candidate on this machine gets a fresh one.
      await rm(pendingPlanFile, { force: true });
      return { session };
    },

    async saveProgress(input) {
      const at = now();
      const saved = await store.update(input.sessionId, (session) => {
        if (session.status !== 'in-progress') throw new HostError('conflict', 'This assessment was already submitted; nothing more is saved.');
        const elapsedMs = { ...session.elapsedMs };
        // Elapsed time only grows: a late, stale save cannot hand back minutes.
        for (const [key, ms] of Object.entries(input.elapsedMs)) elapsedMs[key] = Math.max(elapsedMs[key] ?? 0, ms);
        const answers = { ...session.answers };
        const changed: Record<string, unknown> = {};
        for (const [exerciseId, answer] of Object.entries(input.answers ?? {})) {
          if (!session.plan.exercises.some((e) => e.exerciseId === exerciseId)) {
            throw new HostError('invalid-input', `${exerciseId} is not part of this assessment.`);
          }
          validateAnswer(exerciseId, answer);
          answers[exerciseId] = answer;
          changed[exerciseId] = answer;
        }
        const events: NewEvent[] = [...(input.events ?? [])];
        // Each saved answer is also a snapshot in the log: replay and the seal both rest on it.
        for (const [exerciseId, answer] of Object.entries(changed)) {
          events.push({ type: 'autosave', exerciseId: exerciseId as ExerciseId, data: { answer } });
        }
        return withEvents({ ...session, elapsedMs, answers, location: input.location }, events, at);
      });
      return { savedAt: saved.updatedAt, eventCount: saved.events.length };
    },

    async submitSession({ sessionId, reflection }) {
      const at = now();
      const session = await store.update(sessionId, (s) => {
        if (s.status !== 'in-progress') throw new HostError('conflict', 'This assessment was already submitted.');
        const submitted = { ...s, status: 'submitted' as const, reflection, submittedAt: at.toISOString(), location: 'overview' as const };
        return withEvents(submitted, [{ type: 'submitted', data: { reflectionLength: reflection.length } }], at);
      });
      return { session };
    },

    async exportSession({ sessionId }) {
      const { session } = store.get(sessionId);
      const slug = session.candidateName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'candidate';
      return { fileName: `${slug}-${session.createdAt.slice(0, 10)}.dpe-session.json`, content: JSON.stringify(session, null, 1) };
    },

    async getReviewerStatus() {
      return { passphraseSet: await auth.isSet() };
    },

    async unlockReviewer({ reviewerName, passphrase, setPassphrase }) {
      const token = setPassphrase
        ? await auth.setFirstPassphrase(reviewerName, passphrase, { candidateSessionInProgress: store.activeSession() !== null })
        : await auth.unlock(reviewerName, passphrase);
      return { token, reviewerName };
    },

    async lockReviewer({ token }) {
      auth.lock(token);
      return { ok: true as const };
    },

    async listSessions({ token }) {
      auth.check(token);
      const sessions = store
        .all()
        .map(({ session, source }) => summaryOf(session, source))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { sessions };
    },

    async importSession({ token, content }) {
      auth.check(token);
      const incoming = parseSealedSessionFile(content);
      if (store.has(incoming.sessionId)) {
        const { session: existing, source } = store.get(incoming.sessionId);
        const sameChain = existing.events.every((e, i) => incoming.events[i]?.hash === e.hash);
        if (!sameChain) {
          throw new HostError('conflict', 'A different session with the same id is already stored; nothing was changed.');
        }
        if (incoming.events.length <= existing.events.length) return { summary: summaryOf(existing, source) };
        // A later copy of the same session (e.g. the submitted file after an in-progress one) replaces it.
        await store.put(incoming, source);
        return { summary: summaryOf(incoming, source) };
      }
      await store.put(incoming, 'imported');
      return { summary: summaryOf(incoming, 'imported') };
    },

    async getSessionForReview({ token, sessionId }) {
      auth.check(token);
      const { session } = store.get(sessionId);
      const review = reviews.get(sessionId);
      return { session, integrity: verifyChain(session.events), review, scorecard: review?.gradedAt ? reviews.scorecard(review) : null };
    },

    async gradeSession({ token, sessionId }) {
      auth.check(token);
      const review = await reviews.grade(store.get(sessionId).session);
      return { review, scorecard: reviews.scorecard(review) };
    },

    async applyReviewAction({ token, sessionId, action }) {
      const reviewer = auth.check(token);
      store.get(sessionId);
      const review = await reviews.apply(sessionId, action, reviewer);
      return { review, scorecard: reviews.scorecard(review) };
    },

    async preparePlan({ token, draft, action }) {
      const reviewerName = auth.check(token);
      const plan = planFromDraft(draft, reviewerName, now(), `plan-${randomUUID().slice(0, 8)}`);
      const content = JSON.stringify(plan, null, 1);
      if (action === 'start-here') await writeFileAtomic(pendingPlanFile, content);
      const slug = (plan.candidateName ?? 'candidate').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'candidate';
      return { plan, fileName: `${slug}.dpe-plan.json`, content };
    },
  };

  const access: HostAccess = {
    reviewerFor: (token) => auth.check(token),
    // The candidate may name the session in progress here or, once it is submitted, that same session (to export it).
    candidateSessionId: () => store.activeSession()?.sessionId ?? newestSubmittedHere(store),
  };
  return { handlers, access, store, close: () => reviews.close() };
}

function newestSubmittedHere(store: SessionStore): string | null {
  const submitted = store.all().filter((e) => e.source === 'this-machine' && e.session.status === 'submitted');
  submitted.sort((a, b) => b.session.updatedAt.localeCompare(a.session.updatedAt));
  return submitted[0]?.session.sessionId ?? null;
}
