// Renderer: the banner of a read-only window: the session is open (and being saved) in another tab or window; this
// copy shows the work as it was and saves nothing, with a way to move the session here.
import { useState } from 'react';
import { errorMessage } from '../host/host-client';

export function ReadOnlyBanner({ onTakeOver }: { onTakeOver(): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="banner read-only-banner" role="alert" aria-labelledby="read-only-title" data-testid="read-only-banner">
      <div>
        <h2 id="read-only-title">Read-only: this assessment is open in another tab or window</h2>
        <p>Your work is saved from the other window. You can look at it here, but nothing you do in this copy is saved. Switch back to that window, or continue here if you closed it: the other copy then becomes read-only.</p>
        {error && <p className="query-error">{error}</p>}
      </div>
      <button
        type="button"
        className="primary"
        disabled={busy}
        data-testid="continue-here"
        onClick={() => {
          setBusy(true);
          setError(null);
          onTakeOver()
            .catch((e: unknown) => setError(errorMessage(e)))
            .finally(() => setBusy(false));
        }}
      >
        Continue here
      </button>
    </section>
  );
}
