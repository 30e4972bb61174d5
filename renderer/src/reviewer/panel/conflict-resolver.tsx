// Renderer: the Panel tab's conflicting review files. Each conflict compares the stored and the incoming copy
// (entries, last change, fingerprints); the reviewer whose file it is, or a panel lead, chooses which copy stays,
// confirms, and the conflict leaves the list. Resolutions already made are listed with who chose what.
import { useEffect, useRef, useState } from 'react';
import { errorMessage, host } from '../../host/host-client';
import type { PanelView } from './panel-contract';
import { resolutionText } from './panel-text';

type Conflict = PanelView['conflicts'][number];
type Choice = 'stored' | 'incoming';

const CHOICE_WORDS: Record<Choice, string> = { stored: 'Keep the stored copy', incoming: 'Use the incoming copy' };
const when = (at: string | null) => (at ? new Date(at).toLocaleString() : 'no entries');

function Comparison({ c }: { c: Conflict }) {
  return (
    <table className="conflict-compare">
      <caption className="visually-hidden">The two copies of {c.name}'s review file</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Stored copy (in use)</th>
          <th scope="col">Incoming copy (kept aside)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Entries</th>
          <td>{c.storedEntries}</td>
          <td>{c.incomingEntries}</td>
        </tr>
        <tr>
          <th scope="row">Last change</th>
          <td>{when(c.storedLastAt)}</td>
          <td>{when(c.incomingLastAt)}</td>
        </tr>
        <tr>
          <th scope="row">Fingerprint</th>
          <td className="mono">{c.storedHead.slice(0, 8)}</td>
          <td className="mono">{c.incomingHead.slice(0, 8)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function ConflictItem({ c, token, sessionId, canResolve, onResolved }: { c: Conflict; token: string; sessionId: string; canResolve: boolean; onResolved(panel: PanelView, message: string): void }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (choice) confirmRef.current?.focus();
  }, [choice]);

  async function resolve(keep: Choice) {
    setBusy(true);
    setError(null);
    try {
      const { panel, message } = await host.resolveReviewConflict({ token, sessionId, reviewerId: c.reviewerId, storedHead: c.storedHead, incomingHead: c.incomingHead, keep });
      onResolved(panel, message);
    } catch (e) {
      setError(`Nothing was changed. ${errorMessage(e)}`);
      setBusy(false);
    }
  }

  const other = choice === 'stored' ? `the incoming copy (${c.incomingHead.slice(0, 8)})` : `the stored copy (${c.storedHead.slice(0, 8)})`;
  const headingId = `conflict-${c.reviewerId}-${c.incomingHead.slice(0, 8)}`;
  return (
    <li data-testid="conflict-item" aria-labelledby={headingId}>
      <p id={headingId}>
        A review file from <strong>{c.name}</strong> differs from the one stored here. Nothing was overwritten: the imported copy is kept as <span className="mono">{c.incomingFile}</span>.
      </p>
      <Comparison c={c} />
      {!canResolve ? (
        <p className="muted small-text">Only {c.name} or a panel lead can choose which copy stays. Ask {c.name} which one is current.</p>
      ) : choice === null ? (
        <div className="conflict-actions" role="group" aria-label={`Choose which copy of ${c.name}'s review stays`}>
          <button type="button" className="secondary small" onClick={() => setChoice('stored')}>
            {CHOICE_WORDS.stored}
          </button>
          <button type="button" className="secondary small" onClick={() => setChoice('incoming')}>
            {CHOICE_WORDS.incoming}
          </button>
        </div>
      ) : (
        <div className="conflict-confirm" role="group" aria-labelledby={`${headingId}-confirm`} data-testid="conflict-confirm">
          <p id={`${headingId}-confirm`}>
            <strong>{CHOICE_WORDS[choice]}</strong> as {c.name}'s review file? {other[0]!.toUpperCase() + other.slice(1)} is set aside beside it on disk, not deleted, and the panel records that you chose.
          </p>
          <button ref={confirmRef} type="button" className="primary small" disabled={busy} onClick={() => void resolve(choice)}>
            {busy ? 'Resolving…' : `Yes, ${CHOICE_WORDS[choice].toLowerCase()}`}
          </button>
          <button type="button" className="link-button small-text" disabled={busy} onClick={() => setChoice(null)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function Conflicts({ panel, token, myId, panelLead, onPanel }: { panel: PanelView; token: string; myId: string | null; panelLead: boolean; onPanel(panel: PanelView): void }) {
  const [done, setDone] = useState<string | null>(null);
  const resolutions = panel.resolutions ?? [];
  if (panel.conflicts.length === 0 && resolutions.length === 0) return null;
  return (
    <>
      {panel.conflicts.length > 0 && (
        <section className="panel-conflicts" aria-labelledby="conflicts-title" data-testid="panel-conflicts">
          <h3 id="conflicts-title">Conflicting review files</h3>
          <ul>
            {panel.conflicts.map((c) => (
              <ConflictItem
                key={c.incomingFile}
                c={c}
                token={token}
                sessionId={panel.sessionId}
                canResolve={panelLead || c.reviewerId === myId}
                onResolved={(next, message) => {
                  setDone(message);
                  onPanel(next);
                }}
              />
            ))}
          </ul>
        </section>
      )}
      {/* Announces the host's sentence once; the list below shows the same resolution to everyone. */}
      <div role="status" className="visually-hidden">
        {done}
      </div>
      {resolutions.length > 0 && (
        <section className="panel-resolutions" aria-labelledby="resolutions-title" data-testid="panel-resolutions">
          <h3 id="resolutions-title">Resolved review file conflicts</h3>
          <ul>
            {resolutions.map((r) => (
              <li key={`${r.reviewerId}-${r.supersededHead}`}>{resolutionText(r)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
