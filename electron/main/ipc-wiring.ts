// Electron main: one ipcMain handler per HostApi message; every payload is validated and the sender frame checked.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_METHODS, hostApiSpec, type HostHandlers, type HostReply } from '../../contract/host-api';
import { dispatchHostCall } from '../host/dispatch';

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

export function registerHostIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: HostHandlers): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(hostApiSpec[method].channel, async (event, payload: unknown): Promise<HostReply<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: the message did not come from the assessment window.' } };
      }
      return dispatchHostCall(handlers, method, payload);
    });
  }
}
