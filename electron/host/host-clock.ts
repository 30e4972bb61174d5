// Host (Node): the assessment clock. Active time is the host's monotonic clock while this host runs, never a figure
// the renderer reports. A restart continues from the last recorded reading: time while the app was closed is not
// charged (the log shows the restart and the wall-clock gap to the reviewer).
import { performance } from 'node:perf_hooks';

export class SessionClock {
  private readonly running = new Map<string, { baseEl: number; baseMono: number }>();

  constructor(private readonly monotonic: () => number = () => performance.now()) {}

  /** True until the session's clock has been started by this host (the first contact after a restart). */
  isFresh(sessionId: string): boolean {
    return !this.running.has(sessionId);
  }

  /** The active ms now; starts the clock at `lastEl` on first contact. Never below `lastEl`. */
  now(sessionId: string, lastEl: number): number {
    let run = this.running.get(sessionId);
    if (!run) {
      run = { baseEl: lastEl, baseMono: this.monotonic() };
      this.running.set(sessionId, run);
    }
    return Math.max(lastEl, Math.round(run.baseEl + (this.monotonic() - run.baseMono)));
  }

  stop(sessionId: string): void {
    this.running.delete(sessionId);
  }
}
