// Host (Node): the reviewers' side of a session: auto grades (computed on demand, shared, cached in
// reviews/<id>.json) and each reviewer's own work in their own hash-chained review file (ratings and overrides,
// submissions, decisions). A reviewer's scorecard is the grades plus their own actions only: ratings stay blind.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PanelSummary, PanelView, ReviewEntry, ReviewEntryBody, ReviewFile } from '../../contract/panel';
import { SessionReviewSchema, type AuditEntry, type ReviewAction, type ScorecardResult, type SessionReview } from '../../contract/review';
import type { Session } from '../../contract/session';
import { gradeSession, openGradingResources, type GradingResources } from '../../rubrics/grade-session';
import { allCriterionDefinitions, auditEntryFor, buildScorecard, loadDefaultScorecard } from '../../rubrics/scorecard';
import { hasSubmitted, panelSummary, panelView, type PanelDimensionInfo } from '../../rubrics/scorecard/panel-view';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';
import { ReviewFileStore } from './review-files';
import { migrateLegacyAudit, type NameResolver } from './review-migration';

export type ReviewState = 'not-graded' | 'graded' | 'reviewed' | 'stale';

/** Who is working: the verified caller of a reviewer message. */
export interface Reviewer {
  reviewerId: string;
  reviewerName: string;
}

/** The version a review is for: the head hash of the session's log (the last event's hash for a legacy file). */
export const versionOf = (session: Session): string | null => session.headHash ?? session.events.at(-1)?.hash ?? null;

type ActionEntry = ReviewEntry & { body: Extract<ReviewEntryBody, { kind: 'action' }> };

/** A reviewer's action entries, in the audit-trail shape the scorecard and the screens already use. */
export const auditOf = (file: ReviewFile | null): AuditEntry[] =>
  (file?.entries ?? [])
    .filter((e): e is ActionEntry => e.body.kind === 'action')
    .map((e) => ({ at: e.at, reviewer: file!.reviewer.name, action: e.body.action, from: e.body.from, to: e.body.to }));

export class ReviewService {
  private readonly reviews = new Map<string, SessionReview>();
  private resources: GradingResources | null = null;
  private readonly grading = new Map<string, Promise<SessionReview>>();
  readonly config = loadDefaultScorecard();
  readonly files: ReviewFileStore;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly workerDir?: string,
  ) {
    this.files = new ReviewFileStore(dataDir);
  }

  private file(sessionId: string): string {
    return join(this.dataDir, 'reviews', `${sessionId}.json`);
  }

  /** Reads the grades and the review files; moves a legacy audit trail into its reviewers' files (nothing dropped). */
  async load(resolveName: NameResolver = (name) => ({ id: null, name })): Promise<void> {
    for (const line of await this.files.load()) console.warn(`[reviews] ${line}`);
    const names = await readdir(join(this.dataDir, 'reviews')).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      try {
        const text = await readFile(join(this.dataDir, 'reviews', name), 'utf8');
        const review = SessionReviewSchema.parse(JSON.parse(text));
        this.reviews.set(review.sessionId, review);
        if (review.audit.length > 0) {
          await migrateLegacyAudit(this.dataDir, this.files, review, text, resolveName);
          await this.save({ ...review, audit: [] });
        }
      } catch (error) {
        console.warn(`[reviews] left untouched, could not read ${name}: ${(error as Error).message}`);
      }
    }
  }

  /** The shared grades of a session (no reviewer's work in it). */
  get(sessionId: string): SessionReview | null {
    return this.reviews.get(sessionId) ?? null;
  }

  /** The grades with `reviewer`'s own audit trail: what that reviewer's screens show. */
  reviewFor(sessionId: string, reviewer: Reviewer): SessionReview | null {
    const shared = this.reviews.get(sessionId);
    return shared ? { ...shared, audit: auditOf(this.files.fileOf(sessionId, reviewer.reviewerId)) } : null;
  }

  /** `reviewer`'s own scorecard; null until the session is graded. */
  scorecardFor(sessionId: string, reviewer: Reviewer): ScorecardResult | null {
    const review = this.reviewFor(sessionId, reviewer);
    return review?.gradedAt ? this.scorecard(review) : null;
  }

  /** `stale` when the grades are for another version than `currentHead` (a newer copy was imported since). */
  state(sessionId: string, currentHead: string | null, reviewer: Reviewer): ReviewState {
    const review = this.reviews.get(sessionId);
    if (!review?.gradedAt) return 'not-graded';
    if (review.gradedHeadHash && currentHead && review.gradedHeadHash !== currentHead) return 'stale';
    return auditOf(this.files.fileOf(sessionId, reviewer.reviewerId)).length > 0 ? 'reviewed' : 'graded';
  }

  scorecard(review: SessionReview): ScorecardResult {
    return buildScorecard(this.config, review.grades, review.audit, allCriterionDefinitions());
  }

  /** Titles, weights and level anchors of the scorecard's dimensions, for the panel view. */
  dimensionInfo(): PanelDimensionInfo[] {
    return this.config.dimensions.map((d) => ({ dimensionId: d.id, title: d.title, weight: d.weight, anchors: d.levels }));
  }

  /** What `reviewer` may see of the panel on a session (blind until their own submission); see panel-view.ts. */
  panel(sessionId: string, reviewer: Reviewer, conflicts: PanelView['conflicts']): PanelView {
    return panelView({ sessionId, viewerId: reviewer.reviewerId, files: this.files.filesOf(sessionId), dimensions: this.dimensionInfo(), conflicts });
  }

  /** The session list's panel columns for `reviewer`. */
  panelSummary(sessionId: string, reviewer: Reviewer): PanelSummary {
    return panelSummary({ sessionId, viewerId: reviewer.reviewerId, files: this.files.filesOf(sessionId), dimensions: this.dimensionInfo() });
  }

  hasSubmitted(sessionId: string, reviewer: Reviewer): boolean {
    return hasSubmitted(this.files.filesOf(sessionId), reviewer.reviewerId);
  }

  /** Grades the session (once at a time per version); the reviewers' files are not touched. */
  grade(session: Session): Promise<SessionReview> {
    const key = `${session.sessionId}@${versionOf(session)}`;
    const running = this.grading.get(key);
    if (running) return running;
    const work = (async () => {
      this.resources ??= openGradingResources(this.workerDir ? { workerDir: this.workerDir } : {});
      const graded = await gradeSession(session, this.resources);
      const review: SessionReview = {
        format: 'dpe-session-review',
        version: 1,
        sessionId: session.sessionId,
        grades: graded.exercises,
        gradedAt: this.now().toISOString(),
        gradedHeadHash: versionOf(session),
        audit: [],
      };
      await this.save(review);
      return review;
    })().finally(() => this.grading.delete(key));
    this.grading.set(key, work);
    return work;
  }

  /** Appends a rating or override to the reviewer's own file and returns their review. */
  async apply(session: Session, action: ReviewAction, reviewer: Reviewer): Promise<SessionReview> {
    const review = this.reviewFor(session.sessionId, reviewer);
    if (!review?.gradedAt) throw new HostError('conflict', 'Grade the session before changing its scores.');
    const current = this.scorecard(review);
    const known = (id: string) =>
      current.criteria.some((c) => c.criterionId === id) || current.dimensions.some((d) => d.dimensionId === id) || (current.redFlags ?? []).some((f) => f.signalId === id);
    const target =
      action.kind === 'override-dimension' ? action.dimensionId : action.kind === 'clear-override' ? action.target : action.kind === 'clear-red-flag' ? action.signalId : action.criterionId;
    if (!known(target)) throw new HostError('not-found', `This session has no criterion, dimension or red flag "${target}".`);
    let entry: AuditEntry;
    try {
      entry = auditEntryFor(action, reviewer.reviewerName, this.now().toISOString(), current);
    } catch (error) {
      throw new HostError('conflict', `${(error as Error).message}; nothing was changed.`);
    }
    await this.append(session, reviewer, { kind: 'action', action: entry.action, from: entry.from, to: entry.to }, entry.at);
    return this.reviewFor(session.sessionId, reviewer)!;
  }

  /** Appends an entry (a submission or a decision, already checked by the caller) to the reviewer's own file. */
  async append(session: Session, reviewer: Reviewer, body: ReviewEntryBody, at = this.now().toISOString()): Promise<ReviewFile> {
    return this.files.append(session.sessionId, { id: reviewer.reviewerId, name: reviewer.reviewerName }, body, at, versionOf(session), session.candidateName);
  }

  private async save(review: SessionReview): Promise<void> {
    const valid = SessionReviewSchema.parse(review);
    await writeFileAtomic(this.file(valid.sessionId), JSON.stringify(valid));
    this.reviews.set(valid.sessionId, valid);
  }

  async close(): Promise<void> {
    await this.resources?.close();
    this.resources = null;
  }
}
