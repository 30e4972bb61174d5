// Renderer: one tab per session. A tab that opens a session already open in another tab of this browser is told
// so and shows no editable copy (two tabs would overwrite each other's saves); it may take the session over.
// BroadcastChannel reaches only this browser profile: it protects against an accidental second tab, not a
// determined candidate (the host's log keeps every save either way).
import { useCallback, useEffect, useRef, useState } from 'react';

export type LeaseState = 'holding' | 'elsewhere';

type LeaseMessage =
  | { type: 'opened'; tab: string; since: number }
  | { type: 'held'; tab: string; to: string }
  | { type: 'taken'; tab: string };

export function useSessionLease(sessionId: string): { lease: LeaseState; takeOver(): void } {
  const [lease, setLease] = useState<LeaseState>('holding');
  const me = useRef({ tab: crypto.randomUUID(), since: Date.now() });
  const channel = useRef<BroadcastChannel | null>(null);
  const leaseRef = useRef(lease);
  leaseRef.current = lease;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(`dpe-session-${sessionId}`);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<LeaseMessage>) => {
      const m = e.data;
      if (m.tab === me.current.tab) return;
      if (m.type === 'opened' && leaseRef.current === 'holding') {
        // The older tab keeps the session; a tie on the clock falls to the tab id so exactly one tab holds.
        const older = me.current.since < m.since || (me.current.since === m.since && me.current.tab < m.tab);
        if (older) ch.postMessage({ type: 'held', tab: me.current.tab, to: m.tab } satisfies LeaseMessage);
        else setLease('elsewhere');
      } else if (m.type === 'held' && m.to === me.current.tab) setLease('elsewhere');
      else if (m.type === 'taken') setLease('elsewhere');
    };
    ch.postMessage({ type: 'opened', tab: me.current.tab, since: me.current.since } satisfies LeaseMessage);
    return () => ch.close();
  }, [sessionId]);

  const takeOver = useCallback(() => {
    channel.current?.postMessage({ type: 'taken', tab: me.current.tab } satisfies LeaseMessage);
    // Start from the host's copy: the other tab may have saved since this one loaded.
    window.location.reload();
  }, []);

  return { lease, takeOver };
}
