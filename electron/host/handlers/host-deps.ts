// Host (Node): what every handler group shares: the stores, the clock, the reviewer's auth and reviews, and the
// integrity report of a stored session (cached per version, since it re-reads the whole log).
import type { SessionSummary } from '../../../contract/host-api';
import { HostError } from '../host-error';
import type { SessionClock } from '../host-clock';
import type { PlanStore } from '../plan-store';
import type { ReviewService } from '../review-service';
import type { ReviewerAuth, VerifiedReviewer } from '../reviewer-auth';
import { checkRecords, parseSessionFileText, serialiseSessionFile } from '../session-file';
import { assessIntegrity, type IntegrityAssessment } from '../session-log/integrity';
import type { SessionStore, StoredSession } from '../session-store';

export interface HostContext {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  now?: () => Date;
  random?: () => number;
  /** The host's monotonic clock in ms (tests and the bench simulate an hour with it). */
  monotonic?: () => number;
  /** Where the grading workers ship when the host is bundled (Electron); see openGradingResources. */
  gradingWorkerDir?: string;
}

export interface HostDeps {
  ctx: HostContext;
  now: () => Date;
  random: () => number;
  store: SessionStore;
  plans: PlanStore;
  auth: ReviewerAuth;
  reviews: ReviewService;
  clock: SessionClock;
}

/** The exported text of a stored session: the format-2 file, or a legacy file as it was imported. */
export function exportText(entry: StoredSession): string {
  return entry.derived ? serialiseSessionFile(entry.derived, new Date(entry.session.updatedAt)) : JSON.stringify(entry.session, null, 1);
}

export function createIntegrityCache(deps: Pick<HostDeps, 'plans'>) {
  const cache = new Map<string, { head: string; assessment: IntegrityAssessment }>();
  return (entry: StoredSession): IntegrityAssessment => {
    const head = entry.session.headHash ?? entry.session.events.at(-1)?.hash ?? '';
    const hit = cache.get(entry.session.sessionId);
    if (hit && hit.head === head) return hit.assessment;
    // A stored log was parsed when it was read; check its records directly rather than re-reading it as text.
    const parsed = entry.derived ? { kind: 'v2' as const, header: null, ...checkRecords(entry.session.events, null) } : parseSessionFileText(exportText(entry));
    const assessment = assessIntegrity(parsed, deps.plans.lookup);
    cache.set(entry.session.sessionId, { head, assessment });
    return assessment;
  };
}

/** One row of the session list as `viewer` sees it: their own scores, and the panel only as far as they may see it. */
export function summaryOf(deps: HostDeps, integrityOf: (e: StoredSession) => IntegrityAssessment, entry: StoredSession, viewer: VerifiedReviewer): SessionSummary {
  const { session, source } = entry;
  const card = deps.reviews.scorecardFor(session.sessionId, viewer);
  const { report } = integrityOf(entry);
  return {
    sessionId: session.sessionId,
    candidateName: session.candidateName,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    status: session.status,
    planTitle: session.plan.title,
    variants: session.plan.exercises.map((e) => ({ exerciseId: e.exerciseId, variantId: e.variantId ?? '' })),
    integrity: { ok: report.ok, message: report.message, receipt: report.receipt, sealState: report.format === 'legacy' ? 'legacy' : report.seal.state },
    source,
    headHash: report.headHash,
    review: {
      state: deps.reviews.state(session.sessionId, report.headHash, viewer),
      overallScore: card?.overall.finalScore ?? null,
      coveredWeight: card?.overall.coveredWeight ?? 0,
      redFlags: card ? card.signals.filter((s) => s.kind === 'red-flag').map((s) => s.title) : [],
    },
    panel: deps.reviews.panelSummary(session.sessionId, viewer),
  };
}

export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'candidate';

export function requireCandidateSession(store: SessionStore, sessionId: string): StoredSession {
  const entry = store.get(sessionId);
  if (entry.source !== 'this-machine' || !entry.derived) throw new HostError('forbidden', 'That is not an assessment taken on this machine.');
  return entry;
}
