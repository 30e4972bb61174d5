// Pure (all processes): who may call each host function. The host's dispatcher enforces this table for both
// transports before any handler runs; the UI hiding a button is never what protects a function.
import type { z } from 'zod';
import type { HostApiSpec, HostMethod } from './host-api';

/**
 * - `candidate`: the renderer of this machine without a reviewer token. A candidate method whose input names a
 *   `sessionId` may only name the candidate's own session (the one in progress here, or the one just submitted).
 * - `reviewer`: the input carries a reviewer token that the host verifies before the handler runs.
 * - `none-from-renderer`: exists in the contract for the host's own use; refused from every transport.
 */
export type HostRole = 'candidate' | 'reviewer' | 'none-from-renderer';

/** One role per message. `satisfies` makes a method without a role (or a role for a removed method) a compile error. */
export const hostRoles = {
  getAppInfo: 'candidate',
  getActiveSession: 'candidate',
  getPendingPlan: 'candidate',
  openPlanFile: 'candidate',
  startSession: 'candidate',
  saveProgress: 'candidate',
  submitSession: 'candidate',
  exportSession: 'candidate',
  prReviewAuthorReplies: 'candidate',
  // Anyone at the screen may ask whether a passphrase exists and try one: the passphrase is the check.
  getReviewerStatus: 'candidate',
  unlockReviewer: 'candidate',
  lockReviewer: 'reviewer',
  listSessions: 'reviewer',
  importSessionBegin: 'reviewer',
  importSessionChunk: 'reviewer',
  importSession: 'reviewer',
  getSessionForReview: 'reviewer',
  gradeSession: 'reviewer',
  applyReviewAction: 'reviewer',
  getCandidateFeedback: 'reviewer',
  preparePlan: 'reviewer',
  // The hiring panel: each handler also checks what the verified reviewer may do (panel lead, own submission first).
  addReviewer: 'reviewer',
  listReviewers: 'reviewer',
  submitReview: 'reviewer',
  getPanel: 'reviewer',
  recordDecision: 'reviewer',
  exportReviewFiles: 'reviewer',
  importReviewFiles: 'reviewer',
  resolveReviewConflict: 'reviewer',
} as const satisfies Record<HostMethod, HostRole>;

export type RoleOf<M extends HostMethod> = (typeof hostRoles)[M];

/** The verified caller the dispatcher hands to a handler, after the role check passed. */
export type CandidateCaller = { role: 'candidate' };
/** Who holds the token: the identity it was issued to (reviewers/<reviewerId>.json), read when the token was checked. */
export type ReviewerCaller = { role: 'reviewer'; reviewerId: string; reviewerName: string; panelLead: boolean };
export type HostCaller<M extends HostMethod> = RoleOf<M> extends 'reviewer' ? ReviewerCaller : RoleOf<M> extends 'candidate' ? CandidateCaller : never;

type ParsedInput<M extends HostMethod> = z.output<HostApiSpec[M]['input']>;
type MethodsWithRole<R extends HostRole> = { [M in HostMethod]: RoleOf<M> extends R ? M : never }[HostMethod];

// Compile-time checks: a reviewer method must carry the token the dispatcher verifies, and a candidate method's
// `sessionId`, when it has one, must be a string the dispatcher can compare with the candidate's own session.
type ReviewerMethodsWithoutToken = { [M in MethodsWithRole<'reviewer'>]: ParsedInput<M> extends { token: string } ? never : M }[MethodsWithRole<'reviewer'>];
type CandidateMethodsWithOddSessionId = {
  [M in MethodsWithRole<'candidate'>]: ParsedInput<M> extends { sessionId: unknown } ? (ParsedInput<M> extends { sessionId: string } ? never : M) : never;
}[MethodsWithRole<'candidate'>];
export const everyReviewerMethodTakesAToken: [ReviewerMethodsWithoutToken] extends [never] ? true : ReviewerMethodsWithoutToken = true;
export const candidateSessionIdsAreStrings: [CandidateMethodsWithOddSessionId] extends [never] ? true : CandidateMethodsWithOddSessionId = true;

export const methodsWithRole = (role: HostRole): HostMethod[] =>
  (Object.keys(hostRoles) as HostMethod[]).filter((m) => hostRoles[m] === role);
