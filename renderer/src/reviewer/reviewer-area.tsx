// Renderer: the reviewer area: unlock as a named reviewer, then sessions, reviewers and assessment preparation.
import { useState } from 'react';
import { host } from '../host/host-client';
import { useSessionState } from '../state/session-state';
import { useReviewerState } from './reviewer-state';
import { SessionList } from './session-list';
import { PreparePlan } from './prepare-plan';
import { SessionView } from './session-view/session-view';
import { ReviewersPage } from './panel/reviewers-page';
import { UnlockForm } from './unlock-form';

type Section = 'sessions' | 'reviewers' | 'prepare';
const SECTIONS: Array<[Section, string]> = [
  ['sessions', 'Sessions'],
  ['reviewers', 'Reviewers'],
  ['prepare', 'Prepare an assessment'],
];

export function ReviewerArea() {
  const token = useReviewerState((s) => s.token);
  const reviewerName = useReviewerState((s) => s.reviewerName);
  const me = useReviewerState((s) => s.me);
  const [tab, setTab] = useState<Section>('sessions');
  const [openSessionId, setOpenSessionId] = useState<string | null>(null);

  function leave() {
    if (token) void host.lockReviewer({ token }).catch(() => undefined);
    useReviewerState.getState().lock();
    useSessionState.getState().setView('welcome');
  }

  return (
    <div className="shell reviewer">
      <header className="shell-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">◆</span>
          <span>Reviewer area</span>
        </div>
        {token && (
          <nav className="exercise-tabs" aria-label="Reviewer sections">
            {SECTIONS.map(([id, label]) => (
              <button key={id} type="button" className={tab === id ? 'tab active' : 'tab'} aria-current={tab === id ? 'page' : undefined} onClick={() => { setTab(id); setOpenSessionId(null); }}>
                {label}
              </button>
            ))}
          </nav>
        )}
        <div className="shell-status">
          {reviewerName && (
            <span className="muted">
              Signed in as {reviewerName}
              {me?.panelLead ? ' (panel lead)' : ''}
            </span>
          )}
          <button type="button" className="secondary small" onClick={leave}>
            {token ? 'Lock and leave' : 'Back'}
          </button>
        </div>
      </header>
      <main className="shell-main reviewer-main">
        {!token ? (
          <UnlockForm />
        ) : tab === 'prepare' ? (
          <PreparePlan token={token} />
        ) : tab === 'reviewers' ? (
          <ReviewersPage token={token} panelLead={me?.panelLead ?? false} />
        ) : openSessionId ? (
          <SessionView token={token} sessionId={openSessionId} onBack={() => setOpenSessionId(null)} />
        ) : (
          <SessionList token={token} onOpen={setOpenSessionId} />
        )}
      </main>
    </div>
  );
}
