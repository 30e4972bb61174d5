// Renderer: the HostApi over whichever transport this window has: Electron's preload bridge or browser mode's HTTP.
import { HOST_METHODS, hostApiSpec, type HostApi, type HostBridge, type HostErrorCode, type HostMethod, type HostReply } from '../../../contract/host-api';

declare global {
  interface Window {
    hostBridge?: HostBridge;
  }
}

export class HostCallError extends Error {
  constructor(
    readonly code: HostErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

type Send = (method: HostMethod, input: unknown) => Promise<HostReply<unknown>>;

function httpTransport(): Send {
  const token = document.querySelector<HTMLMetaElement>('meta[name="host-token"]')?.content ?? '';
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`./api/${hostApiSpec[method].channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-host-token': token },
        body: JSON.stringify(input),
        // Lets the last autosave finish even while the page is being closed.
        keepalive: JSON.stringify(input).length < 60_000,
      });
    } catch {
      throw new HostCallError('unreachable', 'The assessment host is not responding. Your last saved work is safe; keep this window open.');
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as HostReply<unknown>;
    } catch {
      throw new HostCallError('unreachable', `The host answered with HTTP ${response.status}.`);
    }
  };
}

function createHostApi(send: Send): HostApi {
  const api: Partial<Record<HostMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const method of HOST_METHODS) {
    api[method] = async (input: unknown) => {
      const reply = await send(method, input);
      if (!reply.ok) throw new HostCallError(reply.error.code, reply.error.message);
      return reply.value;
    };
  }
  return api as HostApi;
}

export const host: HostApi = createHostApi(
  window.hostBridge
    ? (method, input) => (window.hostBridge![method] as (i: unknown) => Promise<HostReply<unknown>>)(input)
    : httpTransport(),
);

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
