// Unit test (Node): the candidate kit's refusals hold even behind the IPC layer, and its stand-ins grade nothing.
import { describe, expect, it } from 'vitest';
import { HOST_METHODS, type HostHandlers } from '../../contract/host-api';
import { hostRoles } from '../../contract/host-roles';
import { ReviewService } from './candidate-kit/review-service-stub';
import { prReviewAuthorReplies } from './candidate-kit/pr-review-replies-stub';
import { hostForFlavor, NOT_IN_CANDIDATE_KIT, refusalInFlavor, servedInCandidateKit } from './desktop-flavor';

const host = { handlers: Object.fromEntries(HOST_METHODS.map((m) => [m, async () => m])) as unknown as HostHandlers, other: 1 };
type Call = (input: unknown) => Promise<unknown>;

describe('desktop flavours', () => {
  it('the candidate kit host refuses every method it does not serve, and serves the rest unchanged', async () => {
    const wired = hostForFlavor('candidate', host);
    expect(wired.other).toBe(1);
    for (const method of HOST_METHODS) {
      const call = (wired.handlers[method] as Call)({});
      if (servedInCandidateKit(method)) await expect(call).resolves.toBe(method);
      else await expect(call).rejects.toThrow(NOT_IN_CANDIDATE_KIT);
    }
    expect(HOST_METHODS.filter((m) => !servedInCandidateKit(m)).length).toBeGreaterThan(5);
  });

  it('every candidate function of the contract is served by the kit, except the reviewer unlock it has no screen for', () => {
    // A candidate function added in a new channel domain fails here until someone decides whether the kit serves it.
    const refusedOnPurpose = ['getReviewerStatus', 'unlockReviewer'];
    const candidateRole = HOST_METHODS.filter((m) => hostRoles[m] === 'candidate');
    expect(candidateRole.filter((m) => !servedInCandidateKit(m))).toEqual(refusedOnPurpose);
    expect(HOST_METHODS.filter((m) => servedInCandidateKit(m) && hostRoles[m] !== 'candidate')).toEqual([]);
  });

  it('the reviewer workstation gets the host as it is, with no refusals', () => {
    expect(hostForFlavor('reviewer', host)).toBe(host);
    expect(HOST_METHODS.map(refusalInFlavor('reviewer')).filter(Boolean)).toEqual([]);
    expect(HOST_METHODS.map(refusalInFlavor('candidate')).filter(Boolean).length).toBe(HOST_METHODS.filter((m) => !servedInCandidateKit(m)).length);
  });
});

describe("the candidate kit's stand-ins for grading code", () => {
  it('reviews: nothing is ever graded; asking to grade or score is refused', async () => {
    const reviews = new ReviewService('/nowhere', () => new Date()) as unknown as Record<string, (...a: unknown[]) => unknown>;
    await expect(reviews.load!()).resolves.toBeUndefined();
    expect(reviews.get!('some-session')).toBeUndefined();
    expect(() => reviews.grade!({})).toThrow(NOT_IN_CANDIDATE_KIT);
    expect(() => reviews.scorecard!({})).toThrow(NOT_IN_CANDIDATE_KIT);
  });

  it('PR author replies come from the comments alone (no key): the same comments get the same replies on any variant', () => {
    const comment = { commentId: 'c1', file: 'dags/export.py', startLine: 3, endLine: 3, category: 'security', severity: 'blocker', text: 'A password is hard-coded here.' };
    const a = prReviewAuthorReplies('crm-contacts-sync', [comment] as never);
    expect(a.length).toBe(1);
    expect(prReviewAuthorReplies('partner-orders-export', [comment] as never)).toEqual(a);
  });
});
