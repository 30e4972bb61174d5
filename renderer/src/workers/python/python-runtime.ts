// Renderer: the one Python runtime of the window, booted in the background when an assessment with Python starts.
import { create } from 'zustand';
import { PythonClient } from './python-client';
import type { PythonBootSource } from './python-protocol';

interface PythonRuntimeState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  stage: string;
  bootMs: number | null;
  /** Whether the last boot restored the build's snapshot (published on the pill for tests and support). */
  bootSource: PythonBootSource | null;
}

export const usePythonRuntime = create<PythonRuntimeState>()(() => ({ status: 'idle', stage: '', bootMs: null, bootSource: null }));

let client: PythonClient | null = null;

export function pythonClient(): PythonClient {
  if (!client) {
    client = new PythonClient();
    client.onState((s) => {
      const prev = usePythonRuntime.getState();
      usePythonRuntime.setState({ status: s.status, stage: s.stage, bootMs: s.bootMs ?? prev.bootMs, bootSource: s.bootSource ?? prev.bootSource });
    });
  }
  return client;
}

/** Starts Python without waiting: by the time the candidate opens the exercise it is usually warm. */
export function warmUpPython(): void {
  void pythonClient()
    .start()
    .catch(() => undefined);
}
