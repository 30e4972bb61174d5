// Renderer: the reviewer area: unlock with the passphrase, then sessions and assessment preparation.
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage, host } from '../host/host-client';
import { useSessionState } from '../state/session-state';
import { useReviewerState } from './reviewer-state';
import { SessionList } from './session-list';
import { PreparePlan } from './prepare-plan';
import { SessionView } from './session-view/session-view';

function UnlockForm() {
  const [passphraseSet, setPassphraseSet] = useState<boolean | null>(null);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    host.getReviewerStatus({}).then((r) => setPassphraseSet(r.passphraseSet), (e: unknown) => setError(errorMessage(e)));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!passphraseSet && passphrase !== confirm) return setError('The two passphrases differ.');
    try {
      const r = await host.unlockReviewer({ reviewerName: name, passphrase, setPassphrase: !passphraseSet });
      useReviewerState.getState().unlocked(r.token, r.reviewerName);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (passphraseSet === null) return <p role="status">Checking…</p>;
  return (
    <form className="unlock-form" onSubmit={submit} noValidate>
      <h1>{passphraseSet ? 'Unlock the reviewer area' : 'Set the reviewer passphrase'}</h1>
      <p className="muted">
        {passphraseSet
          ? 'Candidates cannot open this area. Give your name so score changes are attributed to you.'
          : 'First use on this machine: choose a passphrase (at least 10 characters). Only its scrypt hash is stored.'}
      </p>
      <label htmlFor="reviewer-name">Your name</label>
      <input id="reviewer-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" autoFocus />
      <label htmlFor="reviewer-passphrase">Passphrase</label>
      <input id="reviewer-passphrase" type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete={passphraseSet ? 'current-password' : 'new-password'} />
      {!passphraseSet && (
        <>
          <label htmlFor="reviewer-passphrase-confirm">Repeat the passphrase</label>
          <input id="reviewer-passphrase-confirm" type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
        </>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="primary">
        {passphraseSet ? 'Unlock' : 'Set passphrase and unlock'}
      </button>
    </form>
  );
}

export function ReviewerArea() {
  const token = useReviewerState((s) => s.token);
  const reviewerName = useReviewerState((s) => s.reviewerName);
  const [tab, setTab] = useState<'sessions' | 'prepare'>('sessions');
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
            <button type="button" className={tab === 'sessions' ? 'tab active' : 'tab'} aria-current={tab === 'sessions' ? 'page' : undefined} onClick={() => { setTab('sessions'); setOpenSessionId(null); }}>
              Sessions
            </button>
            <button type="button" className={tab === 'prepare' ? 'tab active' : 'tab'} aria-current={tab === 'prepare' ? 'page' : undefined} onClick={() => setTab('prepare')}>
              Prepare an assessment
            </button>
          </nav>
        )}
        <div className="shell-status">
          {reviewerName && <span className="muted">Signed in as {reviewerName}</span>}
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
        ) : openSessionId ? (
          <SessionView token={token} sessionId={openSessionId} onBack={() => setOpenSessionId(null)} />
        ) : (
          <SessionList token={token} onOpen={setOpenSessionId} />
        )}
      </main>
    </div>
  );
}
