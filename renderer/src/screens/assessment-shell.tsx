// Renderer: the frame around every exercise: clocks and their warnings, autosave status, navigation, submit, the
// time-up step, a prompt before leaving, and one tab per session.
import { Suspense, useEffect, useState } from 'react';
import type { ExerciseId } from '../../../contract/exercise-ids';
import { exerciseTitle } from '../../../assessment/exercise-registry';
import { clockTone, exerciseBudgetMs, exerciseRemainingMs, formatClock, overallBudgetMs, overallRemainingMs } from '../../../assessment/assessment-timing';
import { findExercisePart } from '../exercises/registry';
import { startAutosave } from '../state/autosave';
import { useSessionState } from '../state/session-state';
import { OverviewScreen } from './overview-screen';
import { SaveIndicator } from './save-indicator';
import { SubmitDialog } from './submit-dialog';
import { useActivityRecording } from './use-activity-recording';
import { TimeWarningBanners } from './time-warning-banners';
import { TimeUpStep } from './time-up-step';
import { useSessionLease } from './session-lease';
import { ReadOnlyBanner } from './open-elsewhere';
import './read-only.css';

function ExerciseScreen({ exerciseId, variantId }: { exerciseId: ExerciseId; variantId: string }) {
  const Screen = findExercisePart(exerciseId)?.Screen;
  if (!Screen) return <p className="center-message">This exercise is not available in this version.</p>;
  return <Screen variantId={variantId} />;
}

/** A window that does not hold the session shows the work read-only (its saves would race the other window's). */
export function AssessmentShell() {
  const sessionId = useSessionState((s) => s.session!.sessionId);
  const { readOnly, takeOver } = useSessionLease(sessionId);
  // Taking the session over loads the host's copy: the exercise screens start again from it.
  const [generation, setGeneration] = useState(0);
  const takeOverHere = async () => {
    await takeOver();
    setGeneration((g) => g + 1);
  };
  return <LiveShell key={generation} readOnly={readOnly} onTakeOver={takeOverHere} />;
}

/**
 * In browser mode, leaving the page mid-session (Back, closing the tab, typing another address) asks first. Not in
 * the desktop app: there is no Back or address bar, and Electron would silently refuse to close the window instead of
 * asking (closing it is safe: the session resumes where it was).
 */
function useLeavePrompt(active: boolean): void {
  useEffect(() => {
    // A read-only window has nothing of its own to lose.
    if (window.hostBridge || !active) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}

/** Waits (briefly) for the host to record the time-up it decides on; the time-up step is shown meanwhile. */
async function confirmTimeUpWithHost(): Promise<void> {
  for (let i = 0; i < 8 && !useSessionState.getState().session?.timeUpAt; i++) {
    await useSessionState.getState().flush();
    if (!useSessionState.getState().session?.timeUpAt) await new Promise((r) => setTimeout(r, 500));
  }
}

function LiveShell({ readOnly, onTakeOver }: { readOnly: boolean; onTakeOver(): Promise<void> }) {
  const session = useSessionState((s) => s.session)!;
  const location = useSessionState((s) => s.location);
  const elapsedMs = useSessionState((s) => s.elapsedMs);
  const [submitOpen, setSubmitOpen] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  const plan = session.plan;

  useEffect(() => startAutosave(), []);
  // Runtimes that take a while to boot (Pyodide) start now, so they are warm when the candidate gets there.
  const planKey = plan.exercises.map((e) => e.exerciseId).join(',');
  useEffect(() => {
    for (const id of planKey.split(',')) findExercisePart(id)?.warmUp?.();
  }, [planKey]);
  useActivityRecording();
  useLeavePrompt(!readOnly);

  // The clock: active time accrues to the current location; remaining time is derived from it.
  useEffect(() => {
    let last = performance.now();
    const id = setInterval(() => {
      const now = performance.now();
      useSessionState.getState().tick(now - last);
      last = now;
    }, 1000);
    return () => clearInterval(id);
  }, []);

  const overallLeft = overallRemainingMs(plan, elapsedMs);
  useEffect(() => {
    if (overallLeft > 0 || timeUp) return;
    setTimeUp(true);
    // The host records the time-up and stops its clock itself (a page cannot); the screen moves to the time-up
    // step, which still asks the reflection question before submitting.
    void confirmTimeUpWithHost();
  }, [overallLeft, timeUp]);

  const current = location === 'overview' ? null : plan.exercises.find((e) => e.exerciseId === location);
  const exerciseLeft = current ? exerciseRemainingMs(plan, elapsedMs, current.exerciseId) : 0;
  // Also after a reload: a session the host stopped at time-up resumes at the reflection question.
  // (Not in a read-only window: the time-up step submits, which is the writing window's to do.)
  if ((timeUp || session.timeUpAt) && !readOnly) return <TimeUpStep />;

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">◆</span>
          {/* The full title is on the welcome and overview screens; the header keeps room for the tabs and clocks. */}
          <span title={plan.title}>Assessment</span>
        </div>
        <nav className="exercise-tabs" aria-label="Exercises">
          <button type="button" className={location === 'overview' ? 'tab active' : 'tab'} aria-current={location === 'overview' ? 'page' : undefined} onClick={() => useSessionState.getState().navigate('overview')}>
            Overview
          </button>
          {plan.exercises.map((e, i) => (
            <button
              key={e.exerciseId}
              type="button"
              className={location === e.exerciseId ? 'tab active' : 'tab'}
              aria-current={location === e.exerciseId ? 'page' : undefined}
              onClick={() => useSessionState.getState().navigate(e.exerciseId)}
              title={`Alt+${i + 1}`}
            >
              {exerciseTitle(e.exerciseId)}
            </button>
          ))}
        </nav>
        <div className="shell-status">
          {current && (
            <span className={`clock clock-${clockTone(exerciseLeft, exerciseBudgetMs(plan, current.exerciseId))}`} data-testid="exercise-clock" title="Time suggested for this exercise">
              <span className="clock-label">This exercise</span> {formatClock(exerciseLeft)}
            </span>
          )}
          <span className={`clock clock-${clockTone(overallLeft, overallBudgetMs(plan))}`} data-testid="overall-clock" role="timer" aria-label={`Time left overall ${formatClock(overallLeft)}`}>
            <span className="clock-label">Overall</span> {formatClock(overallLeft)}
          </span>
          <SaveIndicator />
          {!readOnly && (
            <button type="button" className="primary small" onClick={() => setSubmitOpen(true)}>
              Submit…
            </button>
          )}
        </div>
        {/* In the sticky header, so it stays in view however far the read-only work is scrolled. */}
        {readOnly && <ReadOnlyBanner onTakeOver={onTakeOver} />}
      </header>

      {current && exerciseLeft <= 0 && (
        <div className="banner warning" role="status">
          The suggested time for this exercise is used up. Your answer is saved; you may finish your thought and move on.
        </div>
      )}

      <TimeWarningBanners overallLeftMs={overallLeft} exercise={current ? { id: current.exerciseId, title: exerciseTitle(current.exerciseId), leftMs: exerciseLeft } : null} />

      {/* Inert: visible, but no focus, clicks or typing reach the exercise in a read-only window. */}
      <main className={readOnly ? 'shell-main read-only' : 'shell-main'} id="main" inert={readOnly} data-read-only={readOnly ? 'true' : 'false'}>
        {location === 'overview' || !current ? (
          <OverviewScreen />
        ) : (
          <Suspense fallback={<div className="center-message" role="status">Loading the exercise…</div>}>
            <ExerciseScreen key={current.exerciseId} exerciseId={current.exerciseId} variantId={current.variantId ?? ''} />
          </Suspense>
        )}
      </main>

      {submitOpen && !readOnly && <SubmitDialog onClose={() => setSubmitOpen(false)} />}
    </div>
  );
}
