// Renderer: the top-level screens, and the state the app publishes for tests (`data-app-state` on #root).
import { lazy, Suspense, useEffect, useState } from 'react';
import { AssessmentShell } from './screens/assessment-shell';
import { FinishedScreen } from './screens/finished-screen';
import { WelcomeScreen } from './screens/welcome-screen';
import { useSessionState } from './state/session-state';
import { recallFinished } from './screens/finished-record';

// The candidate kit's renderer is built with `--mode candidate` (VITE_FLAVOR is then 'candidate'): this branch is dead
// and the reviewer chunk is not emitted at all.
const ReviewerArea =
  import.meta.env.VITE_FLAVOR === 'candidate' ? null : lazy(() => import('./reviewer/reviewer-area').then((m) => ({ default: m.ReviewerArea })));

export function App() {
  const view = useSessionState((s) => s.view);
  const fatal = useSessionState((s) => s.fatal);

  useEffect(() => {
    void useSessionState.getState().boot();
  }, []);

  useEffect(() => {
    const root = document.getElementById('root');
    if (!root) return;
    root.dataset.appState = view === 'loading' ? 'loading' : view === 'fatal' ? 'error' : 'ready';
    root.dataset.view = view;
    // `npm run bench` reads this mark: time to the first interactive screen.
    if (view !== 'loading' && performance.getEntriesByName('app-ready').length === 0) performance.mark('app-ready');
  }, [view]);

  switch (view) {
    case 'loading':
      return <div className="center-message" role="status">Loading the assessment…</div>;
    case 'fatal':
      return (
        <div className="center-message" role="alert">
          <h1>The assessment could not start</h1>
          <p>{fatal}</p>
          <p>Close this window and start the app again. Work saved so far is kept.</p>
        </div>
      );
    case 'welcome':
      return <WelcomeOrFinished />;
    case 'assessment':
      return <AssessmentShell />;
    case 'finished':
      return <FinishedScreen />;
    case 'reviewer':
      if (!ReviewerArea) return <div className="center-message" role="alert">The reviewer area is not part of the candidate kit.</div>;
      return (
        <Suspense fallback={<div className="center-message" role="status">Loading the reviewer area…</div>}>
          <ReviewerArea />
        </Suspense>
      );
  }
}

/** After a reload, a tab whose candidate has just submitted shows Thank you and Export again, not the welcome. */
function WelcomeOrFinished() {
  const [finished, setFinished] = useState(() => recallFinished() !== null);
  return finished ? <FinishedScreen onStartScreen={() => setFinished(false)} /> : <WelcomeScreen />;
}
