// Pure (all processes): what the desktop window offers beyond the host API, for actions that need the window itself
// (printing the page to PDF). Browser mode has none of these; the page falls back to the browser's print dialog.
import { z } from 'zod';
import type { HostReply } from './host-api';

export const ScorecardPdfInputSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/, 'reviewer token'),
  /** Suggested name in the save dialog; the reviewer picks the folder, so no path is accepted here. */
  fileName: z.string().regex(/^[\p{L}\p{N} _.()-]{1,120}\.pdf$/u, 'a plain file name ending in .pdf'),
});

export const desktopShellSpec = {
  saveScorecardPdf: {
    channel: 'desktop:save-scorecard-pdf',
    input: ScorecardPdfInputSchema,
    /** null when the reviewer cancelled the save dialog. */
    output: z.object({ savedTo: z.string().nullable() }),
  },
} as const;

type Spec = typeof desktopShellSpec;
/** What the Electron preload exposes as `window.desktopShell`; replies in the host's envelope. */
export type DesktopShell = { [M in keyof Spec]: (input: z.input<Spec[M]['input']>) => Promise<HostReply<z.output<Spec[M]['output']>>> };
