// Host (Node): one live lease per session. The page gets a lease id when it opens the session (getActiveSession,
// startSession); the newest opener holds it, so a reload takes it back. A save or submit carrying an older lease is
// refused: two windows never both write. Leases live in memory: after a host restart the first save re-establishes one.
import { randomUUID } from 'node:crypto';
import { HostError } from './host-error';

export const LEASE_LOST_MESSAGE =
  'This session is open in another window or tab, which now holds it: this copy is read-only and this change was not saved. Switch to that window, or choose "Continue here" to take the session back.';

export class SessionLeases {
  private readonly holders = new Map<string, string>();

  /** A new lease for the window opening the session; whoever held it before loses it. */
  grant(sessionId: string): string {
    const leaseId = randomUUID();
    this.holders.set(sessionId, leaseId);
    return leaseId;
  }

  /**
   * Refuses a write from a window that lost the lease. Callers without a lease (host-side tools, which never race a
   * page) are not checked; a page always sends its own, and taking a lease is as easy for a page as omitting one.
   */
  check(sessionId: string, leaseId: string | undefined): void {
    if (leaseId === undefined) return;
    const holder = this.holders.get(sessionId);
    // None since this host started: the window that writes first holds it again.
    if (holder === undefined) this.holders.set(sessionId, leaseId);
    else if (holder !== leaseId) throw new HostError('lease-lost', LEASE_LOST_MESSAGE);
  }
}
