// Host (Node): the reviewer's side of a session: auto grades (computed on demand, cached in reviews/<id>.json),
// ratings and overrides kept as an audit trail, and the scorecard derived from both every time it is asked for.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SessionReviewSchema, type ReviewAction, type ScorecardResult, type SessionReview } from '../../contract/review';
import type { Session } from '../../contract/session';
import { gradeSession, openGradingResources, type GradingResources } from '../../rubrics/grade-session';
import { allCriterionDefinitions, auditEntryFor, buildScorecard, loadDefaultScorecard } from '../../rubrics/scorecard';
import { writeFileAtomic } from './atomic-file';
import { HostError } from './host-error';

export type ReviewState = 'not-graded' | 'graded' | 'reviewed' | 'stale';

/** The version a review is for: the head hash of the session's log (the last event's hash for a legacy file). */
export const versionOf = (session: Session): string | null => session.headHash ?? session.events.at(-1)?.hash ?? null;

export class ReviewService {
  private readonly reviews = new Map<string, SessionReview>();
  private resources: GradingResources | null = null;
  private readonly grading = new Map<string, Promise<SessionReview>>();
  private readonly config = loadDefaultScorecard();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly workerDir?: string,
  ) {}

  private file(sessionId: string): string {
    return join(this.dataDir, 'reviews', `${sessionId}.json`);
  }

  async load(): Promise<void> {
    const names = await readdir(join(this.dataDir, 'reviews')).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      try {
        const review = SessionReviewSchema.parse(JSON.parse(await readFile(join(this.dataDir, 'reviews', name), 'utf8')));
        this.reviews.set(review.sessionId, review);
      } catch (error) {
        console.warn(`[reviews] left untouched, could not read ${name}: ${(error as Error).message}`);
      }
    }
  }

  get(sessionId: string): SessionReview | null {
    return this.reviews.get(sessionId) ?? null;
  }

  /** `stale` when the grades are for another version than `currentHead` (a newer copy was imported since). */
  state(sessionId: string, currentHead: string | null): ReviewState {
    const review = this.reviews.get(sessionId);
    if (!review?.gradedAt) return 'not-graded';
    if (review.gradedHeadHash && currentHead && review.gradedHeadHash !== currentHead) return 'stale';
    return review.audit.length > 0 ? 'reviewed' : 'graded';
  }

  scorecard(review: SessionReview): ScorecardResult {
    return buildScorecard(this.config, review.grades, review.audit, allCriterionDefinitions());
  }

  /** Grades the session (once at a time per version); the audit trail of an earlier review is kept. */
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
        audit: this.reviews.get(session.sessionId)?.audit ?? [],
      };
      await this.save(review);
      return review;
    })().finally(() => this.grading.delete(key));
    this.grading.set(key, work);
    return work;
  }

  async apply(sessionId: string, action: ReviewAction, reviewer: string): Promise<SessionReview> {
    const review = this.reviews.get(sessionId);
    if (!review?.gradedAt) throw new HostError('conflict', 'Grade the session before changing its scores.');
    const current = this.scorecard(review);
    const known = (id: string) =>
      current.criteria.some((c) => c.criterionId === id) || current.dimensions.some((d) => d.dimensionId === id) || (current.redFlags ?? []).some((f) => f.signalId === id);
    const target =
      action.kind === 'override-dimension' ? action.dimensionId : action.kind === 'clear-override' ? action.target : action.kind === 'clear-red-flag' ? action.signalId : action.criterionId;
    if (!known(target)) throw new HostError('not-found', `This session has no criterion, dimension or red flag "${target}".`);
    const next = { ...review, audit: [...review.audit, auditEntryFor(action, reviewer, this.now().toISOString(), current)] };
    await this.save(next);
    return next;
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
