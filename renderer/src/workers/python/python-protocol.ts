// Renderer (shared by the Pyodide worker and its client): the messages between them. Types only.
export interface WorkspaceFileData {
  path: string;
  content: string;
}

/** Where the worker's interpreter came from: restored from the build's memory snapshot, or a bare loadPyodide. */
export type PythonBootSource = 'snapshot' | 'bare';

export type PythonWorkerRequest =
  | { type: 'init'; id: number; indexURL: string; snapshotURL: string | null; interruptBuffer: SharedArrayBuffer | null }
  | { type: 'run'; id: number; root: string; files: WorkspaceFileData[]; code: string };

export type PythonWorkerResponse =
  | { type: 'progress'; id: number; stage: string }
  /** `snapshotNote` says why the snapshot was not used (missing, incompatible), for the console. */
  | { type: 'ready'; id: number; ms: number; source: PythonBootSource; snapshotNote?: string }
  /** Output as the candidate's code prints it, so what was printed before a stop is kept. */
  | { type: 'output'; id: number; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'result'; id: number; output: string; ms: number }
  | { type: 'error'; id: number; message: string; interrupted: boolean };
