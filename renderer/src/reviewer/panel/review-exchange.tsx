// Renderer: moving review files between laptops: "Export my reviews" saves this reviewer's review files as one
// bundle; "Import review files" reads bundles from other reviewers; the list then shows, per file, what changed here.
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

export type ExchangeReport = { kind: 'results'; results: ImportResult[] } | { kind: 'error'; text: string } | { kind: 'exported'; fileName: string };

/** Saves the caller's review files (every session's, or one session's) as a download; returns the file's name. */
export async function downloadMyReviews(token: string, sessionId?: string): Promise<string> {
  const { fileName, content } = await host.exportReviewFiles(sessionId ? { token, sessionId } : { token });
  downloadTextFile(fileName, content);
  return fileName;
}

export function ReviewExchange({ token, onReport }: { token: string; onReport(report: ExchangeReport): void }) {
  const [busy, setBusy] = useState<string | null>(null);

  async function exportMine() {
    setBusy('Collecting your review files…');
    try {
      onReport({ kind: 'exported', fileName: await downloadMyReviews(token) });
    } catch (e) {
      onReport({ kind: 'error', text: `Your reviews were not exported. ${errorMessage(e)}` });
    } finally {
      setBusy(null);
    }
  }

  async function importFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    const collected: ImportResult[] = [];
    for (const file of Array.from(files)) {
      setBusy(`Checking ${file.name}…`);
      try {
        if (file.size > MAX_REVIEW_FILE_BYTES) throw new Error(`It is ${(file.size / 1024 / 1024).toFixed(1)} MB; review files are at most 4 MB.`);
        const content = await readTextFile(file, MAX_REVIEW_FILE_BYTES);
        collected.push(...(await host.importReviewFiles({ token, fileName: file.name, content })).results);
      } catch (e) {
        collected.push({ sessionId: '', reviewerName: '', outcome: 'refused', message: `${file.name} was not imported. ${errorMessage(e)}` });
      }
    }
    setBusy(null);
    onReport({ kind: 'results', results: collected });
  }

  return (
    <div className="review-exchange" role="group" aria-label="Review files, to share ratings with reviewers on other laptops">
      {busy && (
        <span role="status" className="muted small-text">
          {busy}
        </span>
      )}
      <button type="button" className="secondary" onClick={() => void exportMine()} disabled={busy !== null} data-testid="export-my-reviews" title="Save your review files as one bundle for the other reviewers">
        Export my reviews
      </button>
      <label className="button secondary" title="Bundles exported by other reviewers">
        Import review files…
        <input type="file" multiple accept=".json,application/json" className="visually-hidden" data-testid="import-review-files" disabled={busy !== null} onChange={(e) => { void importFiles(e.target.files); e.target.value = ''; }} />
      </label>
    </div>
  );
}

/** What the last exchange did, one line per review file. */
export function ExchangeReportView({ report, onDismiss }: { report: ExchangeReport; onDismiss(): void }) {
  if (report.kind === 'error') return <p className="form-error" role="alert">{report.text}</p>;
  return (
    <div className="exchange-results" role="status" data-testid="review-import-results">
      {report.kind === 'exported' ? (
        <p>Saved {report.fileName}. Give it to the other reviewers; they import it with Import review files.</p>
      ) : report.results.length === 0 ? (
        <p>The file held no review files.</p>
      ) : (
        <ul>
          {report.results.map((r, i) => (
            <li key={i} className={r.outcome === 'refused' || r.outcome === 'conflict' ? 'bad' : undefined}>
              <strong>{OUTCOME_WORDS[r.outcome]}:</strong> {r.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button small-text" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
