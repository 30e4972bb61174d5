// Renderer: what this tab keeps of a submitted session (sessionStorage: survives a reload, not a new tab), so a
// reload after submit shows Thank you, the receipt and Export again instead of the welcome screen.
import { z } from 'zod';

const FinishedRecordSchema = z.object({
  sessionId: z.string().min(1),
  candidateName: z.string(),
  receipt: z.string().nullable(),
  timeUpAt: z.string().nullable(),
});
export type FinishedRecord = z.infer<typeof FinishedRecordSchema>;

const KEY = 'dpe.finished-session';

export function rememberFinished(record: FinishedRecord): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // Storage disabled: a reload shows the welcome screen; the session itself is sealed on the host either way.
  }
}

export function recallFinished(): FinishedRecord | null {
  try {
    const parsed = FinishedRecordSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function forgetFinished(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
