// Renderer: session files move in chunks (no message near the transport's size cap), in Electron and browser mode.
import { FILE_CHUNK_CHARS, MAX_SESSION_FILE_BYTES, type HostOutput } from '../../../contract/host-api';
import { host } from './host-client';

/** Fetches the whole export chunk by chunk. */
export async function fetchSessionExport(sessionId: string): Promise<{ fileName: string; receipt: string | null; text: string }> {
  const parts: string[] = [];
  let offset: number | null = 0;
  let first: HostOutput<'exportSession'> | null = null;
  while (offset !== null) {
    const reply: HostOutput<'exportSession'> = await host.exportSession({ sessionId, offset });
    first ??= reply;
    parts.push(reply.chunk);
    offset = reply.nextOffset;
  }
  return { fileName: first!.fileName, receipt: first!.receipt, text: parts.join('') };
}

/** Sends a chosen file to the host in chunks and asks it to check and store it. */
export async function importSessionFile(token: string, file: File, receipt?: string): Promise<HostOutput<'importSession'>> {
  if (file.size > MAX_SESSION_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; no session file is larger than ${MAX_SESSION_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const text = await file.text();
  const { uploadId } = await host.importSessionBegin({ token, fileName: file.name, totalChars: text.length });
  for (let offset = 0; offset < text.length; offset += FILE_CHUNK_CHARS) {
    await host.importSessionChunk({ token, uploadId, chunk: text.slice(offset, offset + FILE_CHUNK_CHARS) });
  }
  return host.importSession({ token, uploadId, ...(receipt?.trim() ? { receipt: receipt.trim() } : {}) });
}
