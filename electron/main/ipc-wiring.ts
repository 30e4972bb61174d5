// Electron main: one ipcMain handler per HostApi message; every payload is validated and the sender frame checked.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_METHODS, hostApiSpec, type HostMethod, type HostReply } from '../../contract/host-api';
import { dispatchHostCall, type HostGate } from '../host/dispatch';

export const APP_ORIGIN = 'app://assessment';

/** Only our own top-level page may talk to the host; an injected frame or a navigated-away page may not. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/**
 * `host` is what createHostServices returns: the handlers and what the dispatcher needs to check each caller's role.
 * `refusal` names the messages this flavour does not serve (the candidate kit's reviewer messages): they are answered
 * with that refusal and never reach the host.
 */
export function registerHostIpc(ipcMain: Pick<IpcMain, 'handle'>, host: HostGate, refusal: (method: HostMethod) => string | null = () => null): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(hostApiSpec[method].channel, async (event, payload: unknown): Promise<HostReply<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: the message did not come from the assessment window.' } };
      }
      const refused = refusal(method);
      if (refused) return { ok: false, error: { code: 'forbidden', message: refused } };
      return dispatchHostCall(host, method, payload);
    });
  }
}
