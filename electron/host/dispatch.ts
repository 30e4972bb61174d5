// Host (Node): the single gate every message passes, whatever the transport: validate, check the caller's role
// (contract/host-roles.ts), call the handler with the verified caller, wrap the reply.
import { hostApiSpec, type HostHandlers, type HostMethod, type HostReply } from '../../contract/host-api';
import { humanIssuesSentence } from '../../contract/human-issues';
import { hostRoles, type CandidateCaller, type HostRole, type ReviewerCaller } from '../../contract/host-roles';
import { HostError } from './host-error';

/** What the gate needs from the host to decide who is calling. */
export interface HostAccess {
  /** The reviewer a valid, unexpired token was issued to; throws a `forbidden` HostError otherwise. */
  reviewerFor(token: string): Omit<ReviewerCaller, 'role'>;
  /** The session the candidate side of this machine may name: the one in progress, else the one just submitted. */
  candidateSessionId(): string | null;
}

export interface HostGate {
  handlers: HostHandlers;
  access: HostAccess;
}

const refuse = (message: string): HostReply<never> => ({ ok: false, error: { code: 'forbidden', message } });

/** The verified caller for `method`, or the refusal to send instead. The handler never runs for a refusal. */
export function authorise(access: HostAccess, method: HostMethod, input: unknown): CandidateCaller | ReviewerCaller | HostReply<never> {
  const role = hostRoles[method] as HostRole;
  const fields = input as { token?: unknown; sessionId?: unknown };
  switch (role) {
    case 'reviewer': {
      // The contract guarantees a token field on every reviewer method (checked at compile time in host-roles.ts).
      const { reviewerId, reviewerName, panelLead } = access.reviewerFor(String(fields.token ?? ''));
      return { role: 'reviewer', reviewerId, reviewerName, panelLead };
    }
    case 'candidate': {
      if (typeof fields.sessionId === 'string' && fields.sessionId !== access.candidateSessionId()) {
        return refuse('That is not the assessment taken on this screen; only the reviewer area can open other sessions.');
      }
      return { role: 'candidate' };
    }
    case 'none-from-renderer':
      return refuse(`${hostApiSpec[method].channel} is for the host only.`);
  }
}

export async function dispatchHostCall(gate: HostGate, method: HostMethod, rawInput: unknown): Promise<HostReply<unknown>> {
  const parsed = hostApiSpec[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: humanIssuesSentence(parsed.error) } };
  }
  try {
    const caller = authorise(gate.access, method, parsed.data);
    if ('ok' in caller) return caller;
    const handler = gate.handlers[method] as (input: unknown, caller: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, caller) };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[host] ${method} failed:`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong on the host; your saved work is safe. Details are in the host log.' } };
  }
}
