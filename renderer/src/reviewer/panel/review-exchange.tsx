// Renderer: moving review files between laptops: "Export my reviews" saves this reviewer's review files as one
// bundle; "Import review files" reads bundles from other reviewers and reports, per file, what changed here.
import { useState } from 'react';
import { downloadTextFile, readTextFile } from '../../components/download';
import { errorMessage, host } from '../../host/host-client';
import type { ImportResult } from './panel-contract';

const MAX_REVIEW_FILE_BYTES = 4 * 1024 * 1024;
const OUTCOME_WORDS: Record<ImportResult['outcome'], string> = {
  added: 'Added',
  updated: 'Updated',
  unchanged: 'Already here',
  conflict: 'Conflict kept aside',
  refused: 'Refused',
};

export function ReviewExchange({ token, onImported }: { token: string; onImported(): void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<Array<ImportResult & { file: string }> | null>(null);

  async function exportMine() {
    setError(null);
    setBusy('Collecting your review files…');
    try {
      const { fileName, content } = await host.exportReviewFiles({ token });
      downloadTextFile(fileName, content);
    } catch (e) {
      setError(`Your reviews were not exported. ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function importFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    setError(null);
    const collected: Array<ImportResult & { file: string }> = [];
    for (const file of Array.from(files)) {
      setBusy(`Checking ${file.name}…`);
      try {
        if (file.size > MAX_REVIEW_FILE_BYTES) throw new Error(`It is ${(file.size / 1024 / 1024).toFixed(1)} MB; review files are at most 4 MB.`);
        const content = await readTextFile(file, MAX_REVIEW_FILE_BYTES);
        const r = await host.importReviewFiles({ token, fileName: file.name, content });
        collected.push(...r.results.map((x) => ({ ...x, file: file.name })));
      } catch (e) {
        collected.push({ file: file.name, sessionId: '', reviewerName: '', outcome: 'refused', message: `${file.name} was not imported. ${errorMessage(e)}` });
      }
    }
    setBusy(null);
    setResults(collected);
    onImported();
  }

  return (
    <div className="review-exchange" role="group" aria-labelledby="exchange-label">
      <span id="exchange-label" className="small-text">
        Review files (to share ratings with reviewers on other laptops):
      </span>
      <button type="button" className="secondary small" onClick={() => void exportMine()} disabled={busy !== null} data-testid="export-my-reviews">
        Export my reviews
      </button>
      <label className="button secondary small">
        Import review files…
        <input type="file" multiple accept=".json,application/json" className="visually-hidden" data-testid="import-review-files" disabled={busy !== null} onChange={(e) => { void importFiles(e.target.files); e.target.value = ''; }} />
      </label>
      {busy && (
        <span role="status" className="muted small-text">
          {busy}
        </span>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {results && (
        <div className="exchange-results" role="status" data-testid="review-import-results">
          {results.length === 0 ? (
            <p>The file held no review files.</p>
          ) : (
            <ul>
              {results.map((r, i) => (
                <li key={i} className={r.outcome === 'refused' || r.outcome === 'conflict' ? 'bad' : undefined}>
                  <strong>{OUTCOME_WORDS[r.outcome]}</strong>
                  {r.reviewerName && `: ${r.reviewerName}`}. {r.message}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="link-button small-text" onClick={() => setResults(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
