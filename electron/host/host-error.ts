// Host (Node): a refusal with a code and a message meant for the person at the screen.
import type { HostErrorCode } from '../../contract/host-api';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
