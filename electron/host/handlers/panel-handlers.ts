// Host (Node): the hiring panel: reviewers as people (panel leads add them), blind submissions, the panel view,
// the lead's decision, and review files exchanged between laptops.
import type { HostHandlers } from '../../../contract/host-api';
import { HostError } from '../host-error';
import type { HostDeps } from './host-deps';

type PanelHandlers = Pick<HostHandlers, 'addReviewer' | 'listReviewers' | 'submitReview' | 'getPanel' | 'recordDecision' | 'exportReviewFiles' | 'importReviewFiles'>;

const notBuilt = (): never => {
  throw new HostError('internal', 'not built yet');
};

export function createPanelHandlers(deps: HostDeps): PanelHandlers {
  const { auth } = deps;
  return {
    async addReviewer({ token, name, passphrase, panelLead }) {
      const reviewer = await auth.addReviewer(auth.check(token), name, passphrase, panelLead);
      return { reviewer: { id: reviewer.id, name: reviewer.name, panelLead: reviewer.panelLead } };
    },

    async listReviewers({ token }) {
      auth.check(token);
      return { reviewers: auth.directory.all().map((r) => ({ id: r.id, name: r.name, panelLead: r.panelLead, local: true })) };
    },

    submitReview: async () => notBuilt(),
    getPanel: async () => notBuilt(),
    recordDecision: async () => notBuilt(),
    exportReviewFiles: async () => notBuilt(),
    importReviewFiles: async () => notBuilt(),
  };
}
