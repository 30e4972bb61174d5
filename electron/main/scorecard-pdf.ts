// Electron main: "Save as PDF" for the printable scorecard, via the window's own printToPDF (print styles apply).
import type { IpcMain, IpcMainInvokeEvent, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { desktopShellSpec } from '../../contract/desktop-shell';
import { describeIssues, type HostReply } from '../../contract/host-api';
import type { HostAccess } from '../host/dispatch';
import { NOT_IN_CANDIDATE_KIT, type DesktopFlavor } from './desktop-flavor';
import { isTrustedSender } from './ipc-wiring';

export interface ScorecardPdfDeps {
  flavor: DesktopFlavor;
  access: Pick<HostAccess, 'reviewerFor'>;
  showSaveDialog(sender: WebContents, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  documentsDir: string;
  write?: (path: string, data: Uint8Array) => Promise<void>;
}

const refuse = (code: 'forbidden' | 'invalid-input' | 'internal', message: string): HostReply<never> => ({ ok: false, error: { code, message } });

export function registerScorecardPdf(ipcMain: Pick<IpcMain, 'handle'>, deps: ScorecardPdfDeps): void {
  const spec = desktopShellSpec.saveScorecardPdf;
  ipcMain.handle(spec.channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<HostReply<{ savedTo: string | null }>> => {
    if (!isTrustedSender(event)) return refuse('forbidden', 'Refused: the message did not come from the assessment window.');
    // The candidate kit has no reviewer area; answering here too keeps a forged call from printing anything.
    if (deps.flavor === 'candidate') return refuse('forbidden', NOT_IN_CANDIDATE_KIT);
    const parsed = spec.input.safeParse(payload ?? {});
    if (!parsed.success) return refuse('invalid-input', `The PDF could not be saved: ${describeIssues(parsed.error)}.`);
    try {
      deps.access.reviewerFor(parsed.data.token);
    } catch (error) {
      return refuse('forbidden', (error as Error).message);
    }
    try {
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      const choice = await deps.showSaveDialog(event.sender, {
        title: 'Save the scorecard as PDF',
        defaultPath: join(deps.documentsDir, parsed.data.fileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { ok: true, value: { savedTo: null } };
      await (deps.write ?? writeFile)(choice.filePath, pdf);
      return { ok: true, value: { savedTo: choice.filePath } };
    } catch (error) {
      return refuse('internal', `The PDF could not be saved: ${(error as Error).message}`);
    }
  });
}
