// Electron main, candidate kit only: stands in for electron/host/candidate-feedback.ts (feedback sheets are written
// from rubric evidence on the reviewer workstation), so the candidate bundle holds no grading code.
import { HostError } from '../../host/host-error';
import { NOT_IN_CANDIDATE_KIT } from '../desktop-flavor';

export function candidateFeedback(): never {
  throw new HostError('forbidden', NOT_IN_CANDIDATE_KIT);
}
