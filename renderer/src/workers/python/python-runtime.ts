// Renderer: the one Python runtime of the window, booted in the background when an assessment with Python starts.
import { create } from 'zustand';
import { PythonClient } from './python-client';

interface PythonRuntimeState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  stage: string;
  bootMs: number | null;
}

export const usePythonRuntime = create<PythonRuntimeState>()(() => ({ status: 'idle', stage: '', bootMs: null }));

let client: PythonClient | null = null;

export function pythonClient(): PythonClient {
  if (!client) {
    client = new PythonClient();
    client.onState((s) => usePythonRuntime.setState({ status: s.status, stage: s.stage, bootMs: s.bootMs ?? usePythonRuntime.getState().bootMs }));
  }
  return client;
}

/** Starts Python without waiting: by the time the candidate opens the exercise it is usually warm. */
export function warmUpPython(): void {
  void pythonClient()
    .start()
    .catch(() => undefined);
}
