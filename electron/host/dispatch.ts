// Host (Node): the single gate every message passes, whatever the transport: validate, call, wrap the reply.
import { describeIssues, hostApiSpec, type HostMethod, type HostHandlers, type HostReply } from '../../contract/host-api';
import { HostError } from './host-error';

export async function dispatchHostCall(handlers: HostHandlers, method: HostMethod, rawInput: unknown): Promise<HostReply<unknown>> {
  const parsed = hostApiSpec[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[host] ${method} failed:`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong on the host; your saved work is safe. Details are in the host log.' } };
  }
}
