// Renderer: the reviewers known on this machine (who can unlock here, who is known only from imported review
// files) and, for panel leads, adding a reviewer who then types their own passphrase at this workstation.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { errorMessage, host } from '../../host/host-client';
import type { ReviewerListing } from './panel-contract';
import './panel.css';

function AddReviewerForm({ token, onAdded }: { token: string; onAdded(name: string): void }) {
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [panelLead, setPanelLead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!name.trim()) return setError('Enter the new reviewer’s name.');
    if (passphrase.length < 10) return setError('The passphrase needs at least 10 characters.');
    if (passphrase !== confirm) return setError('The two passphrases differ.');
    setBusy(true);
    try {
      const r = await host.addReviewer({ token, name: name.trim(), passphrase, panelLead });
      setName('');
      setPassphrase('');
      setConfirm('');
      setPanelLead(false);
      onAdded(r.reviewer.name);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel-form" onSubmit={add} aria-labelledby="add-reviewer-title" noValidate aria-busy={busy}>
      <h2 id="add-reviewer-title">Add a reviewer</h2>
      <p className="muted small-text">Hand the keyboard to the new reviewer: they type their own passphrase. Only its scrypt hash is stored.</p>
      <div className="form-grid">
        <label htmlFor="new-reviewer-name">Name</label>
        <input id="new-reviewer-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={120} />
        <label htmlFor="new-reviewer-passphrase">Their passphrase</label>
        <input id="new-reviewer-passphrase" type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
        <label htmlFor="new-reviewer-confirm">Repeat their passphrase</label>
        <input id="new-reviewer-confirm" type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
        <span aria-hidden="true" />
        <label className="checkbox">
          <input type="checkbox" checked={panelLead} onChange={(e) => setPanelLead(e.target.checked)} />
          Panel lead (may add reviewers and record the panel’s decision)
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary small" disabled={busy}>
        {busy ? 'Adding…' : 'Add reviewer'}
      </button>
    </form>
  );
}

export function ReviewersPage({ token, panelLead }: { token: string; panelLead: boolean }) {
  const [reviewers, setReviewers] = useState<ReviewerListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setReviewers((await host.listReviewers({ token })).reviewers);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [token]);
  useEffect(() => void refresh(), [refresh]);

  return (
    <section className="reviewers-page" aria-labelledby="reviewers-title" data-testid="reviewers-page">
      <h1 id="reviewers-title">Reviewers</h1>
      <p className="muted">Each reviewer rates on their own, blind to the others until they submit. Reviewers on other laptops appear here once their review files are imported.</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="form-notice" role="status">
          {notice}
        </p>
      )}
      {reviewers === null ? (
        !error && <p role="status">Loading reviewers…</p>
      ) : (
        <table className="reviewers-table" data-testid="reviewers-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">On this machine</th>
            </tr>
          </thead>
          <tbody>
            {reviewers.map((r) => (
              <tr key={r.id} data-testid="reviewer-row">
                <td>{r.name}</td>
                <td>{r.panelLead ? 'Panel lead' : 'Reviewer'}</td>
                <td>{r.local ? 'Can unlock here' : 'Known from imported review files'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {panelLead ? (
        <AddReviewerForm
          token={token}
          onAdded={(name) => {
            setNotice(`${name} can now unlock this reviewer area with their own name and passphrase.`);
            void refresh();
          }}
        />
      ) : (
        <p className="muted small-text">Only a panel lead can add reviewers.</p>
      )}
    </section>
  );
}
