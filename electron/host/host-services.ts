// Host (Node): every HostApi message, assembled from five handler groups (session, plans, reviewer, reviews, panel) that
// share the stores. Both transports (IPC, HTTP) reach these through the dispatcher.
import type { HostHandlers } from '../../contract/host-api';
import type { HostAccess } from './dispatch';
import { createIntegrityCache, type HostContext, type HostDeps } from './handlers/host-deps';
import { createPanelHandlers } from './handlers/panel-handlers';
import { createPlanHandlers } from './handlers/plan-handlers';
import { createReviewHandlers } from './handlers/review-handlers';
import { createReviewerHandlers } from './handlers/reviewer-handlers';
import { createSessionHandlers } from './handlers/session-handlers';
import { SessionClock } from './host-clock';
import { PlanStore } from './plan-store';
import { createPrReviewRepliesHandler } from './pr-review-replies';
import { ReviewService } from './review-service';
import { ReviewerAuth } from './reviewer-auth';
import { SessionStore } from './session-store';

export type { HostContext } from './handlers/host-deps';

export interface HostServices {
  handlers: HostHandlers;
  /** What the dispatcher uses to verify callers (contract/host-roles.ts). */
  access: HostAccess;
  store: SessionStore;
  close(): Promise<void>;
}

export async function createHostServices(ctx: HostContext): Promise<HostServices> {
  const now = ctx.now ?? (() => new Date());
  const store = new SessionStore(ctx.dataDir);
  const { unreadable, recovered, removedTemp } = await store.load();
  for (const line of unreadable) console.warn(`[session-store] left untouched, could not read ${line}`);
  for (const line of recovered) console.warn(`[session-store] recovered ${line}`);
  if (removedTemp.length > 0) console.warn(`[session-store] removed ${removedTemp.length} temp file(s) left by a crash`);
  const plans = new PlanStore(ctx.dataDir);
  for (const line of await plans.load()) console.warn(`[plans] left untouched, could not read ${line}`);
  const auth = new ReviewerAuth(ctx.dataDir, now);
  await auth.load();
  const reviews = new ReviewService(ctx.dataDir, now, ctx.gradingWorkerDir);
  // A legacy audit trail's names become this machine's reviewers where they are one (by name), else remote reviewers.
  await reviews.load((name) => {
    const local = auth.directory.byName(name);
    return local ? { id: local.id, name: local.name } : { id: null, name };
  });
  const deps: HostDeps = {
    ctx,
    now,
    random: ctx.random ?? Math.random,
    store,
    plans,
    auth,
    reviews,
    clock: new SessionClock(ctx.monotonic),
  };
  const integrityOf = createIntegrityCache(deps);
  const session = createSessionHandlers(deps);

  const handlers: HostHandlers = {
    async getAppInfo() {
      return { mode: ctx.mode, version: ctx.version, dataDir: ctx.dataDir };
    },
    getActiveSession: session.getActiveSession,
    startSession: session.startSession,
    saveProgress: session.saveProgress,
    submitSession: session.submitSession,
    exportSession: session.exportSession,
    prReviewAuthorReplies: createPrReviewRepliesHandler((id) => store.get(id).session),
    ...createPlanHandlers(deps),
    ...createReviewerHandlers(deps, integrityOf),
    ...createReviewHandlers(deps),
    ...createPanelHandlers(deps),
  };

  const access: HostAccess = {
    reviewerFor: (token) => deps.auth.check(token),
    // The candidate may name the session of this screen: the one in progress here or, once submitted, that same one.
    candidateSessionId: () => store.currentCandidateSession()?.session.sessionId ?? null,
  };

  return {
    handlers,
    access,
    store,
    async close() {
      session.close();
      await store.close();
      await reviews.close();
    },
  };
}
