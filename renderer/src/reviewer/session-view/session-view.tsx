// Renderer: one session for the reviewer: scorecard with evidence, submitting my ratings, the panel, answers, replay
// and integrity, one tab each.
import { useCallback, useEffect, useState } from 'react';
import type { IntegrityReport } from '../../../../contract/host-api';
import type { ReviewAction, ScorecardResult, SessionReview } from '../../../../contract/review';
import type { Session } from '../../../../contract/session';
import { errorMessage, host } from '../../host/host-client';
import { CalibrationView } from '../panel/calibration-view';
import { downloadMyReviews } from '../panel/review-exchange';
import type { PanelView } from '../panel/panel-contract';
import { SubmitReviewForm } from '../panel/submit-review-form';
import { useReviewerState } from '../reviewer-state';
import { AnswersPanel } from './answers-panel';
import { IntegrityPanel } from './integrity-panel';
import { ReplayPanel } from './replay-panel';
import { ScorecardPanel } from './scorecard-panel';

type Tab = 'scorecard' | 'submit' | 'panel' | 'answers' | 'replay' | 'integrity';
const TABS: Array<[Tab, string]> = [
  ['scorecard', 'Scorecard'],
  ['submit', 'Submit my ratings'],
  ['panel', 'Panel'],
  ['answers', 'Answers'],
  ['replay', 'Replay'],
  ['integrity', 'Integrity and timing'],
];

export function SessionView({ token, sessionId, onBack }: { token: string; sessionId: string; onBack(): void }) {
  const [session, setSession] = useState<Session | null>(null);
  const [integrity, setIntegrity] = useState<IntegrityReport | null>(null);
  const [review, setReview] = useState<SessionReview | null>(null);
  const [scorecard, setScorecard] = useState<ScorecardResult | null>(null);
  const [grading, setGrading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('scorecard');
  const [panel, setPanel] = useState<PanelView | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);
  const me = useReviewerState((s) => s.me);
  const [exportNote, setExportNote] = useState<{ ok: boolean; text: string } | null>(null);

  const loadPanel = useCallback(async () => {
    try {
      setPanel(await host.getPanel({ token, sessionId }));
      setPanelError(null);
    } catch (e) {
      setPanelError(`The panel could not be loaded. ${errorMessage(e)}`);
    }
  }, [token, sessionId]);
  useEffect(() => void loadPanel(), [loadPanel]);

  const grade = useCallback(async () => {
    setGrading(true);
    setError(null);
    try {
      const r = await host.gradeSession({ token, sessionId });
      setReview(r.review);
      setScorecard(r.scorecard);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setGrading(false);
    }
  }, [token, sessionId]);

  const load = useCallback(
    (gradeIfNeeded: boolean) =>
      host.getSessionForReview({ token, sessionId }).then(
        (r) => {
          setSession(r.session);
          setIntegrity(r.integrity);
          setReview(r.review);
          setScorecard(r.scorecard);
          if (gradeIfNeeded && !r.review?.gradedAt && r.session.status === 'submitted') void grade();
        },
        (e: unknown) => setError(errorMessage(e)),
      ),
    [token, sessionId, grade],
  );
  useEffect(() => void load(true), [load]);

  /** Only this session's review file(s) of mine, named after the candidate. */
  async function exportThisSession() {
    try {
      const fileName = await downloadMyReviews(token, sessionId);
      setExportNote({ ok: true, text: `Saved ${fileName}: your review of this session only. Give it to the other reviewers; they import it with Import review files.` });
    } catch (e) {
      setExportNote({ ok: false, text: `Your review of this session was not exported. ${errorMessage(e)}` });
    }
  }

  async function apply(action: ReviewAction): Promise<void> {
    const r = await host.applyReviewAction({ token, sessionId, action });
    setReview(r.review);
    setScorecard(r.scorecard);
  }

  if (!session) return <p role={error ? 'alert' : 'status'}>{error ?? 'Loading the session…'}</p>;
  return (
    <div className="session-view" data-testid="session-view">
      <div className="section-head">
        <div>
          <button type="button" className="link-button" onClick={onBack}>
            ← All sessions
          </button>
          <h1>{session.candidateName}</h1>
          <p className="muted">
            {session.plan.title} · started {new Date(session.createdAt).toLocaleString()} · {session.status === 'submitted' ? `submitted ${new Date(session.submittedAt ?? session.updatedAt).toLocaleString()}` : 'in progress'}
          </p>
        </div>
        <div className="section-actions">
          <button type="button" className="secondary" onClick={() => void exportThisSession()} data-testid="export-session-reviews" title="Save your review file of this session for the other reviewers">
            Export my review of this session
          </button>
          <button type="button" className="secondary" onClick={() => void grade()} disabled={grading}>
            {grading ? 'Grading…' : review?.gradedAt ? 'Grade again' : 'Grade now'}
          </button>
        </div>
      </div>
      {exportNote && (
        <p className={exportNote.ok ? 'muted small-text' : 'form-error'} role={exportNote.ok ? 'status' : 'alert'} data-testid="session-export-note">
          {exportNote.text}
        </p>
      )}
      <div className="tabs" role="tablist" aria-label="Session sections">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} className={tab === id ? 'tab-light active' : 'tab-light'} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'scorecard' &&
          (scorecard && review ? (
            <ScorecardPanel scorecard={scorecard} review={review} session={session} onAction={apply} />
          ) : (
            <p role="status" className="muted" data-testid="grading-status">
              {grading ? 'Grading: running hidden tests and hidden datasets in fresh runtimes…' : session.status === 'submitted' ? 'Not graded yet.' : 'This session is still in progress; grade it once it is submitted (or grade now to see partial results).'}
            </p>
          ))}
        {tab === 'submit' &&
          (scorecard ? (
            <SubmitReviewForm
              key={panel?.state ?? 'loading'}
              token={token}
              sessionId={sessionId}
              scorecard={scorecard}
              panel={panel}
              myId={me?.id ?? null}
              onSubmitted={(p) => {
                setPanel(p);
                setTab('panel');
              }}
            />
          ) : (
            <p role="status" className="muted">
              {grading ? 'Grading first: your ratings start from the automatic scores…' : 'Grade the session first; your ratings start from its automatic scores.'}
            </p>
          ))}
        {tab === 'panel' &&
          (panel ? (
            <CalibrationView
              token={token}
              panel={panel}
              myId={me?.id ?? null}
              panelLead={me?.panelLead ?? false}
              onPanel={(next) => {
                setPanel(next);
                // A resolved conflict may have changed my own file (and so my scorecard): read it again.
                void load(false);
              }}
              onGoSubmit={() => setTab('submit')}
            />
          ) : (
            <p role={panelError ? 'alert' : 'status'} className={panelError ? 'form-error' : 'muted'}>
              {panelError ?? 'Loading the panel…'}
            </p>
          ))}
        {tab === 'answers' && <AnswersPanel session={session} review={review} />}
        {tab === 'replay' && <ReplayPanel session={session} />}
        {tab === 'integrity' && integrity && <IntegrityPanel session={session} integrity={integrity} review={review} />}
      </div>
    </div>
  );
}
