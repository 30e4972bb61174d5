// Renderer (shared by the Pyodide worker and its client): the messages between them. Types only.
export interface WorkspaceFileData {
  path: string;
  content: string;
}

export type PythonWorkerRequest =
  | { type: 'init'; id: number; indexURL: string; interruptBuffer: SharedArrayBuffer | null }
  | { type: 'run'; id: number; root: string; files: WorkspaceFileData[]; code: string };

export type PythonWorkerResponse =
  | { type: 'progress'; id: number; stage: string }
  | { type: 'ready'; id: number; ms: number }
  | { type: 'result'; id: number; output: string; ms: number }
  | { type: 'error'; id: number; message: string; interrupted: boolean };
