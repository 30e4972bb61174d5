// Renderer: unlocking the reviewer area as a named reviewer (a picker of the names known here), or the first
// reviewer on this machine choosing their passphrase.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessage, host } from '../host/host-client';
import { useReviewerState } from './reviewer-state';

export function UnlockForm() {
  const [status, setStatus] = useState<{ passphraseSet: boolean; names: string[] } | null>(null);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    host.getReviewerStatus({}).then(
      (r) => setStatus({ passphraseSet: r.passphraseSet, names: r.reviewers.map((x) => x.name) }),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!status || busy) return;
    setError(null);
    if (!status.passphraseSet && passphrase !== confirm) return setError('The two passphrases differ.');
    setBusy(true);
    try {
      const r = await host.unlockReviewer({ reviewerName: name, passphrase, setPassphrase: !status.passphraseSet });
      useReviewerState.getState().unlocked(r.token, r.reviewerName, { id: r.reviewerId, panelLead: r.panelLead });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  function pick(picked: string) {
    setName(picked);
    passphraseRef.current?.focus();
  }

  if (status === null) return <p role={error ? 'alert' : 'status'}>{error ?? 'Checking…'}</p>;
  const firstTime = !status.passphraseSet;
  return (
    <form className="unlock-form" onSubmit={submit} noValidate aria-busy={busy}>
      <h1>{firstTime ? 'Set the reviewer passphrase' : 'Unlock the reviewer area'}</h1>
      <p className="muted">
        {firstTime
          ? 'First use on this machine: you become its first reviewer and panel lead. Choose a passphrase (at least 10 characters); only its scrypt hash is stored.'
          : 'Candidates cannot open this area. Each reviewer unlocks with their own name and passphrase; your ratings stay yours.'}
      </p>
      {!firstTime && status.names.length > 0 && (
        <div className="reviewer-picker" role="group" aria-labelledby="picker-label">
          <span id="picker-label" className="small-text muted">
            Reviewers on this machine:
          </span>
          {status.names.map((n) => (
            <button key={n} type="button" className={n === name ? 'chip active' : 'chip'} aria-pressed={n === name} onClick={() => pick(n)}>
              {n}
            </button>
          ))}
        </div>
      )}
      <label htmlFor="reviewer-name">Your name</label>
      <input id="reviewer-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" autoFocus list="reviewer-names" />
      <datalist id="reviewer-names">
        {status.names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <label htmlFor="reviewer-passphrase">Passphrase</label>
      <input id="reviewer-passphrase" ref={passphraseRef} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete={firstTime ? 'new-password' : 'current-password'} />
      {firstTime && (
        <>
          <label htmlFor="reviewer-passphrase-confirm">Repeat the passphrase</label>
          <input id="reviewer-passphrase-confirm" type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Checking the passphrase…' : firstTime ? 'Set passphrase and unlock' : 'Unlock'}
      </button>
    </form>
  );
}
