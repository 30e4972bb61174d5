// Renderer: what a second tab shows while the session is open in another tab: no editable copy, and a way to move.
export function OpenElsewhere({ onTakeOver }: { onTakeOver(): void }) {
  return (
    <main className="welcome" id="main" data-testid="open-elsewhere">
      <section className="welcome-card" aria-labelledby="elsewhere-title">
        <p className="eyebrow">Read-only</p>
        <h1 id="elsewhere-title">This assessment is open in another tab</h1>
        <p className="lead" role="status">
          Two open copies would overwrite each other's work, so this tab shows nothing to edit. Your work is safe in the other tab or window: switch back to it.
        </p>
        <p>If you closed the other tab or cannot find it, continue here instead; the other copy then becomes read-only.</p>
        <button type="button" className="primary" onClick={onTakeOver}>
          Continue in this tab
        </button>
      </section>
    </main>
  );
}
