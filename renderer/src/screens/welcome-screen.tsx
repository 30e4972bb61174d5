// Renderer: the candidate's first screen: who they are, the rules, consent, and what the assessment holds.
import { useEffect, useState, type FormEvent } from 'react';
import type { AssessmentPlan } from '../../../contract/session';
import { exerciseTitle } from '../../../assessment/exercise-registry';
import { overallBudgetMs, exerciseBudgetMs, formatClock } from '../../../assessment/assessment-timing';
import { errorMessage, host } from '../host/host-client';
import { readTextFile } from '../components/download';
import { useSessionState } from '../state/session-state';

export function WelcomeScreen() {
  const [plan, setPlan] = useState<AssessmentPlan | null>(null);
  const [isDefault, setIsDefault] = useState(true);
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    host
      .getPendingPlan({})
      .then((r) => {
        setPlan(r.plan);
        setIsDefault(r.isDefault);
        if (r.plan.candidateName) setName(r.plan.candidateName);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) return setError('Enter your name or candidate ID to begin.');
    if (!consent) return setError('Please confirm that you have read the rules.');
    setBusy(true);
    try {
      const { session, leaseId } = await host.startSession({ candidateName: name.trim(), consent: true });
      useSessionState.getState().begin(session, leaseId);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function openPlan(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      const { plan: opened } = await host.openPlanFile({ fileName: file.name, content: await readTextFile(file) });
      setPlan(opened);
      setIsDefault(false);
      if (opened.candidateName) setName(opened.candidateName);
      setNotice(`Opened the assessment “${opened.title}”.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <section className="welcome-card">
        <p className="eyebrow">Technical assessment</p>
        <h1 id="welcome-title">{plan?.title ?? 'Data Platform Engineer assessment'}</h1>
        <p className="lead">
          You will work through a few realistic tasks from a data platform engineer’s week. There are no trick questions: we want to
          see how you reason, test and communicate.
        </p>

        {plan && (
          <div className="plan-summary" aria-label="What the assessment contains">
            <h2>What you will do</h2>
            <ol className="plan-list">
              {plan.exercises.map((e) => {
                return (
                  <li key={e.exerciseId}>
                    <span className="plan-title">{exerciseTitle(e.exerciseId)}</span>
                    <span className="plan-minutes">{formatClock(exerciseBudgetMs(plan, e.exerciseId))}</span>
                  </li>
                );
              })}
            </ol>
            <p className="muted">
              Total time: <strong>{formatClock(overallBudgetMs(plan))}</strong>
              {plan.extraTimeMultiplier > 1 && <> (includes extra time ×{plan.extraTimeMultiplier})</>}
            </p>
          </div>
        )}

        <div className="rules">
          <h2>Before you start</h2>
          <ul>
            <li>This laptop is offline and there is no internet search. Everything you need is on screen: each exercise shows its task and the data, code or logs it is about.</li>
            <li>Your work is saved automatically every second. If the app closes, reopen it and you continue where you were, with the same time left.</li>
            <li>Each exercise has a suggested time; the overall clock ends the assessment, with warnings at 10 and 2 minutes left. When it runs out you are still asked one short reflection question. Move between exercises at any time.</li>
            <li>The app records runs, pastes and when the window loses focus, so reviewers can see how you worked.</li>
            <li>When you submit, you can no longer change your answers.</li>
          </ul>
        </div>

        <form className="start-form" onSubmit={start} noValidate>
          <label htmlFor="candidate-name">Your name or candidate ID</label>
          <input id="candidate-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={120} autoFocus />
          <label className="checkbox">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            I have read the rules and agree that my work and the activity described above are recorded for review.
          </label>
          {error && <p className="form-error" role="alert">{error}</p>}
          {notice && <p className="form-notice" role="status">{notice}</p>}
          <button type="submit" className="primary" disabled={busy || !plan}>
            {busy ? 'Starting…' : 'Start the assessment'}
          </button>
        </form>
      </section>

      <footer className="welcome-footer">
        <label className="link-like">
          {isDefault ? 'Open an assessment file from your interviewer…' : 'Open a different assessment file…'}
          <input type="file" accept=".json,application/json" className="visually-hidden" data-testid="open-plan-file" onChange={(e) => void openPlan(e.target.files?.[0])} />
        </label>
        {import.meta.env.VITE_FLAVOR !== 'candidate' && (
          <button type="button" className="link-button" onClick={() => useSessionState.getState().setView('reviewer')}>
            Reviewer area
          </button>
        )}
      </footer>
    </main>
  );
}
