// Renderer: the live "Running" line of a Python run (with elapsed seconds) and the Escape shortcut that stops it.
import { useEffect, useState } from 'react';

/** An editor popup Escape is meant to close (suggestions, find, parameter hints): that Escape must not stop the run. */
const EDITOR_POPUP = '.monaco-editor .suggest-widget.visible, .monaco-editor .find-widget.visible, .monaco-editor .parameter-hints-widget.visible';

/** Escape stops a run from anywhere on the page, the editor included (listened for before Monaco sees the key). */
export function useStopShortcut(active: boolean, stop: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      if (document.querySelector(EDITOR_POPUP)) return;
      e.preventDefault();
      stop();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active, stop]);
}

export function RunningLine({ kind, startedAt, limitMs }: { kind: 'run' | 'tests'; startedAt: number; limitMs: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <p className="running-line" role="status" data-testid="python-running">
      <span className="running-dot" aria-hidden="true" />
      {kind === 'run' ? 'Running your module' : 'Running the public tests'}… {seconds} s. Press Stop (or Esc) to end it; runs stop on their own after {limitMs / 1000} s.
    </p>
  );
}
