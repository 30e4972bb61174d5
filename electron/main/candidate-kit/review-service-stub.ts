// Electron main, candidate kit only: stands in for electron/host/review-service.ts (the host's door to grading), so
// the candidate bundle holds no grading code. scripts/build-electron.mjs swaps it in and fails the build if any file
// under rubrics/ still reaches the candidate bundle.
import { HostError } from '../../host/host-error';
import { NOT_IN_CANDIDATE_KIT } from '../desktop-flavor';

export type ReviewState = 'not-graded' | 'graded' | 'reviewed';

/** What the candidate's own functions may ask of reviews (nothing is ever graded here); anything else is refused. */
const harmless: Record<string, unknown> = {
  load: async () => undefined,
  get: () => undefined,
  state: (): ReviewState => 'not-graded',
  close: async () => undefined,
};

export class ReviewService {
  constructor(..._args: unknown[]) {
    return new Proxy(this, {
      get(_target, property) {
        if (typeof property !== 'string' || property === 'then') return undefined;
        if (property in harmless) return harmless[property];
        return () => {
          throw new HostError('forbidden', NOT_IN_CANDIDATE_KIT);
        };
      },
    });
  }
}
