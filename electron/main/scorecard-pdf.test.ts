// Unit test: "Save as PDF" prints the reviewer's own window, only for a reviewer with a valid token, never in the kit.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopShellSpec } from '../../contract/desktop-shell';
import { HostError } from '../host/host-error';
import { registerScorecardPdf, type ScorecardPdfDeps } from './scorecard-pdf';

const TOKEN = 'b'.repeat(64);
const PDF = new TextEncoder().encode('%PDF-1.7 scorecard');

function wire(flavor: 'candidate' | 'reviewer', dialog: { canceled: boolean; filePath?: string } = { canceled: false }) {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const printed: unknown[] = [];
  const dialogs: { defaultPath?: string }[] = [];
  const deps: ScorecardPdfDeps = {
    flavor,
    access: {
      reviewerFor: (token) => {
        if (token !== TOKEN) throw new HostError('forbidden', 'Your reviewer session has ended: unlock again.');
        return { reviewerId: '33333333-3333-4333-8333-333333333333', reviewerName: 'Rita', panelLead: true };
      },
    },
    showSaveDialog: async (_sender, options) => {
      dialogs.push(options);
      return { canceled: dialog.canceled, filePath: dialog.filePath ?? '' };
    },
    documentsDir: '/home/rita/Documents',
  };
  registerScorecardPdf({ handle: (channel, listener) => void handlers.set(channel, listener as never) }, deps);
  const sender = { printToPDF: async (options: unknown) => (printed.push(options), PDF) };
  const call = (payload: unknown, url = 'app://assessment/index.html') =>
    handlers.get(desktopShellSpec.saveScorecardPdf.channel)!({ sender, senderFrame: { url, parent: null } }, payload);
  return { call, printed, dialogs };
}

describe('save the printable scorecard as PDF (Electron)', () => {
  it('prints the window on A4 with its print styles and writes the PDF where the reviewer chose', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'dpe-pdf-')), 'Ana Lima scorecard.pdf');
    const { call, printed, dialogs } = wire('reviewer', { canceled: false, filePath: target });
    await expect(call({ token: TOKEN, fileName: 'Ana Lima scorecard.pdf' })).resolves.toEqual({ ok: true, value: { savedTo: target } });
    expect(printed).toEqual([expect.objectContaining({ pageSize: 'A4', printBackground: true })]);
    expect(dialogs[0]!.defaultPath).toBe(join('/home/rita/Documents', 'Ana Lima scorecard.pdf'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 scorecard');
  });

  it('writes nothing when the reviewer cancels the save dialog', async () => {
    const { call } = wire('reviewer', { canceled: true });
    await expect(call({ token: TOKEN, fileName: 'scorecard.pdf' })).resolves.toEqual({ ok: true, value: { savedTo: null } });
  });

  it('refuses without a valid reviewer token, from another frame, in the candidate kit, and a path for a name', async () => {
    const reviewer = wire('reviewer', { canceled: false, filePath: '/tmp/never.pdf' });
    await expect(reviewer.call({ token: 'c'.repeat(64), fileName: 'x.pdf' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('unlock again') } });
    await expect(reviewer.call({ token: TOKEN, fileName: 'x.pdf' }, 'https://elsewhere.invalid/')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(reviewer.call({ token: TOKEN, fileName: '../../.bashrc.pdf' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(reviewer.printed).toEqual([]);
    const kit = wire('candidate', { canceled: false, filePath: '/tmp/never.pdf' });
    await expect(kit.call({ token: TOKEN, fileName: 'x.pdf' })).resolves.toMatchObject({ ok: false, error: { message: expect.stringContaining('not available in the candidate kit') } });
    expect(kit.printed).toEqual([]);
  });
});
