// Renderer: autosave. Any change is on disk within a second; elapsed time is saved every few seconds regardless.
import { hasUnsavedWork, useSessionState } from './session-state';

const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 800;
// Elapsed time is saved every second, so a crash costs at most a second of the clock.
const HEARTBEAT_MS = 1_000;
const RETRY_MS = 2_000;

export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      firstChangeAt = null;
      void useSessionState.getState().flush().then(() => {
        const state = useSessionState.getState();
        if (state.save.status === 'error') schedule(RETRY_MS);
        else if (hasUnsavedWork(state)) schedule(DEBOUNCE_MS);
      });
    }, delay);
  };

  const unsubscribe = useSessionState.subscribe((state, previous) => {
    if (state.dirty === previous.dirty && state.pendingEvents === previous.pendingEvents) return;
    if (!hasUnsavedWork(state)) return;
    const now = performance.now();
    firstChangeAt ??= now;
    // Debounce typing, but never hold a change longer than MAX_WAIT_MS.
    schedule(Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - firstChangeAt))));
  });

  const heartbeat = setInterval(() => void useSessionState.getState().flush(), HEARTBEAT_MS);
  const onHide = () => {
    if (document.visibilityState === 'hidden') void useSessionState.getState().flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onHide);

  return () => {
    unsubscribe();
    clearInterval(heartbeat);
    if (timer) clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onHide);
  };
}
