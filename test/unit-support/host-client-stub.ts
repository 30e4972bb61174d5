// Unit-test support: a stand-in for renderer/src/host/host-client.ts, so store tests see what would be sent to the
// host and decide its replies. Use: vi.mock('../host/host-client', () => import('<this file>')).
import { vi } from 'vitest';

export const saveProgress = vi.fn();
export const getActiveSession = vi.fn(async (_input?: unknown): Promise<unknown> => ({ session: null }));

export class HostCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const host = {
  saveProgress: (input: unknown) => saveProgress(input),
  getActiveSession: (input: unknown) => getActiveSession(input),
};

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
