// Electron main, candidate kit only: stands in for electron/host/handlers/panel-handlers.ts. The hiring panel is
// reviewer work, so the candidate kit carries none of it (its messages are refused before they reach the host anyway).
import type { HostHandlers } from '../../../contract/host-api';
import { HostError } from '../../host/host-error';
import { NOT_IN_CANDIDATE_KIT } from '../desktop-flavor';

const PANEL_METHODS = ['addReviewer', 'listReviewers', 'submitReview', 'getPanel', 'recordDecision', 'exportReviewFiles', 'importReviewFiles', 'resolveReviewConflict'] as const;
type PanelHandlers = Pick<HostHandlers, (typeof PANEL_METHODS)[number]>;

export function createPanelHandlers(..._deps: unknown[]): PanelHandlers {
  const refuse = async (): Promise<never> => {
    throw new HostError('forbidden', NOT_IN_CANDIDATE_KIT);
  };
  return Object.fromEntries(PANEL_METHODS.map((m) => [m, refuse])) as unknown as PanelHandlers;
}
