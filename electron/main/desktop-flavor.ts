// Electron main (pure): what each desktop flavour may do; the candidate kit answers reviewer messages with a refusal.
import { HOST_METHODS, hostApiSpec, type HostHandlers, type HostMethod } from '../../contract/host-api';
import { HostError } from '../host/host-error';

/** The candidate kit goes on candidates' laptops; the reviewer workstation stays with the hiring team. */
export type DesktopFlavor = 'candidate' | 'reviewer';

export const NOT_IN_CANDIDATE_KIT = 'This is not available in the candidate kit: open the reviewer workstation for reviewing and grading.';

/**
 * Channel domains a candidate's own screens use: the app, their session and plan, and exercises' candidate functions
 * (prReview: the PR author's replies, generic in this kit). Anything else (reviewer:*, any domain added later) is refused.
 */
const CANDIDATE_DOMAINS = new Set(['app', 'session', 'plan', 'prReview']);

/**
 * Whether the candidate kit serves a message: only the candidate's own domains. Even messages any caller may send
 * (reviewer:get-status, reviewer:unlock) are refused, as is any domain added later until someone decides otherwise.
 */
export function servedInCandidateKit(method: HostMethod): boolean {
  return CANDIDATE_DOMAINS.has(hostApiSpec[method].channel.split(':')[0] ?? '');
}

/** The refusal a flavour gives instead of serving a message, or null when it serves it. */
export const refusalInFlavor = (flavor: DesktopFlavor) => (method: HostMethod): string | null =>
  flavor === 'candidate' && !servedInCandidateKit(method) ? NOT_IN_CANDIDATE_KIT : null;

export const candidateKitMethods = (): HostMethod[] => HOST_METHODS.filter(servedInCandidateKit);

/**
 * The candidate kit's host: the candidate's own handlers, and for everything else a refusal (behind the IPC-level
 * refusal, so a message that slipped past it still reaches no reviewer code).
 */
export function hostForFlavor<Host extends { handlers: HostHandlers }>(flavor: DesktopFlavor, host: Host): Host {
  if (flavor === 'reviewer') return host;
  const refuse = async (): Promise<never> => {
    throw new HostError('forbidden', NOT_IN_CANDIDATE_KIT);
  };
  const handlers = { ...host.handlers } as Record<HostMethod, unknown>;
  for (const method of HOST_METHODS) if (!servedInCandidateKit(method)) handlers[method] = refuse;
  return { ...host, handlers: handlers as HostHandlers };
}

/** Keyboard shortcuts that open DevTools or reload in Chromium; the candidate kit swallows them. */
export function isDevToolsShortcut(input: { key: string; control?: boolean; meta?: boolean; shift?: boolean; alt?: boolean }): boolean {
  const key = input.key.toLowerCase();
  const mod = Boolean(input.control || input.meta);
  if (key === 'f12') return true;
  if (mod && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  if (input.meta && input.alt && ['i', 'j', 'c'].includes(key)) return true;
  // A reload would throw away unsaved keystrokes and re-run boot in the middle of an exercise.
  if ((mod && key === 'r') || key === 'f5') return true;
  return false;
}
