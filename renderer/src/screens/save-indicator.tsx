// Renderer: tells the candidate, at a glance, whether their work is on disk.
import { useSessionState } from '../state/session-state';

export function SaveIndicator() {
  const save = useSessionState((s) => s.save);
  const readOnly = useSessionState((s) => s.readOnly);
  // Recorded steps (an incident action, a paste) count too: "Saved" means on disk.
  const unsaved = useSessionState((s) => s.dirty.size > 0 || s.pendingEvents.length > 0);
  const label = readOnly
    ? 'Read-only here'
    : save.status === 'error' ? 'Not saved, retrying' : save.status === 'saving' || unsaved ? 'Saving…' : save.lastSavedAt ? `Saved ${new Date(save.lastSavedAt).toLocaleTimeString()}` : 'Saved';
  const state = readOnly ? 'read-only' : save.status === 'error' ? 'error' : save.status === 'saving' || unsaved ? 'saving' : 'saved';
  return (
    <span className={`save-indicator save-${state}`} data-testid="save-indicator" data-save-state={state} role="status" aria-live="polite" title={save.message ?? undefined}>
      <span className="dot" aria-hidden="true" /> {label}
    </span>
  );
}
