// Renderer: desktop-only window actions when the Electron preload offers them; the browser's own dialog otherwise.
import type { DesktopShell } from '../../../contract/desktop-shell';

declare global {
  interface Window {
    desktopShell?: DesktopShell;
  }
}

export type PdfOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'print-dialog' } | { kind: 'failed'; message: string };

/**
 * Saves the current page as a PDF: Electron prints the window to PDF and asks where to save it; browser mode opens
 * Chromium's print dialog, whose "Save as PDF" produces the same print layout.
 */
export async function savePageAsPdf(token: string, fileName: string): Promise<PdfOutcome> {
  if (!window.desktopShell) {
    window.print();
    return { kind: 'print-dialog' };
  }
  const reply = await window.desktopShell.saveScorecardPdf({ token, fileName: pdfFileName(fileName) });
  if (!reply.ok) return { kind: 'failed', message: reply.error.message };
  return reply.value.savedTo ? { kind: 'saved', path: reply.value.savedTo } : { kind: 'cancelled' };
}

/** A name the save dialog accepts: letters, digits, spaces and a few marks, ending in .pdf. */
export function pdfFileName(name: string): string {
  const base = name.replace(/\.pdf$/i, '').replace(/[^\p{L}\p{N} _.()-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 110) || 'scorecard';
  return `${base}.pdf`;
}
