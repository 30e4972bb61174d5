// Renderer: one writing window per session. The host grants a lease to the window that opens the session (the
// newest opener holds it) and refuses saves from a window that lost it, which then turns read-only (state/session-
// state.ts). Within one browser a BroadcastChannel makes it immediate and keeps the FIRST tab writing: a tab that
// opens a session already live in another tab is told so and is read-only, and the live tab takes the host lease back.
// The host lease is the protection (it also covers a second browser or profile); the channel is only the courtesy.
import { useCallback, useEffect, useRef } from 'react';
import { useSessionState } from '../state/session-state';

/** A tab the host made read-only this recently was most likely displaced by the tab now saying it opened. */
const DISPLACED_WITHIN_MS = 15_000;

type LeaseMessage = { type: 'opened'; tab: string } | { type: 'held'; tab: string; to: string } | { type: 'taken'; tab: string };

export function useSessionLease(sessionId: string): { readOnly: boolean; takeOver(): Promise<void> } {
  const readOnly = useSessionState((s) => s.readOnly);
  const me = useRef(crypto.randomUUID());
  const channel = useRef<BroadcastChannel | null>(null);
  /** When the host refused this tab's lease (not when another tab told it so): see the 'opened' case below. */
  const refusedAt = useRef<number | null>(null);
  const toldByTab = useRef(false);

  useEffect(
    () =>
      useSessionState.subscribe((state, previous) => {
        if (state.readOnly && !previous.readOnly) refusedAt.current = toldByTab.current ? null : Date.now();
        if (!state.readOnly) toldByTab.current = false;
      }),
    [],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(`dpe-session-${sessionId}`);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<LeaseMessage>) => {
      const m = e.data;
      if (m.tab === me.current) return;
      const state = useSessionState.getState();
      // The new tab took the host's lease when it loaded, and this tab's save may have been refused before this
      // message arrived: a tab displaced that way moments ago still counts as the one that was here first.
      const displaced = state.readOnly && refusedAt.current !== null && Date.now() - refusedAt.current < DISPLACED_WITHIN_MS;
      if (m.type === 'opened' && (!state.readOnly || displaced)) {
        // This tab was here first and is writing: it keeps the session (and takes the host's lease back).
        ch.postMessage({ type: 'held', tab: me.current, to: m.tab } satisfies LeaseMessage);
        refusedAt.current = null;
        void state.keepLease().catch(() => undefined);
      } else if ((m.type === 'held' && m.to === me.current) || m.type === 'taken') {
        toldByTab.current = true;
        state.markReadOnly();
      }
    };
    ch.postMessage({ type: 'opened', tab: me.current } satisfies LeaseMessage);
    return () => ch.close();
  }, [sessionId]);

  const takeOver = useCallback(async () => {
    // Start from the host's copy (the other window may have saved since this one loaded) and take the lease.
    await useSessionState.getState().takeLease();
    channel.current?.postMessage({ type: 'taken', tab: me.current } satisfies LeaseMessage);
  }, []);

  return { readOnly, takeOver };
}
