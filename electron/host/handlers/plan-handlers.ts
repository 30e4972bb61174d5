// Host (Node): plans. A reviewer prepares one (remembered here with its secret) to start on this machine or to export
// as a signed file; a candidate laptop accepts a plan only from its reviewer area or as such a signed file.
import { randomUUID } from 'node:crypto';
import type { HostHandlers } from '../../../contract/host-api';
import { HostError } from '../host-error';
import { defaultPlan, parsePlanFile, planFromDraft } from '../plans';
import { slug, type HostDeps } from './host-deps';

type PlanHandlers = Pick<HostHandlers, 'getPendingPlan' | 'openPlanFile' | 'preparePlan'>;

export function createPlanHandlers(deps: HostDeps): PlanHandlers {
  const { plans, store, auth, now } = deps;
  return {
    async getPendingPlan() {
      const pending = await plans.pending();
      return pending ? { plan: pending.plan, isDefault: false } : { plan: defaultPlan(now()), isDefault: true };
    },

    async openPlanFile({ content, token }) {
      // With a token, the reviewer is at this screen; without one, only a file signed by a reviewer's machine will do.
      const fromReviewer = token !== undefined && auth.check(token).reviewerId.length > 0;
      if (!fromReviewer && store.activeSession()) throw new HostError('conflict', 'An assessment is in progress on this machine; a new plan can be opened after it is submitted.');
      const { plan, signed } = parsePlanFile(content, { fromReviewer });
      await plans.setPending(plan, signed, fromReviewer ? 'reviewer-area' : 'candidate-screen');
      return { plan };
    },

    async preparePlan({ token, draft, action }) {
      const { reviewerName } = auth.check(token);
      const plan = planFromDraft(draft, reviewerName, now(), `plan-${randomUUID().slice(0, 8)}`);
      const signed = await plans.remember(plan, reviewerName, now());
      if (action === 'start-here') await plans.setPending(plan, signed, 'reviewer-area');
      return { plan, fileName: `${slug(plan.candidateName ?? 'candidate')}.dpe-plan.json`, content: JSON.stringify(signed, null, 1) };
    },
  };
}
