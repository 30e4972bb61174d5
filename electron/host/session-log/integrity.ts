// Host (Node, also the grading CLI): what this machine can say about a session: its chain, whether it prepared the
// plan (and the plan is unchanged), whether the seal verifies with that plan's key, and whether a receipt matches.
import type { IntegrityReport } from '../../../contract/sealing';
import type { AssessmentPlan } from '../../../contract/session';
import type { ParsedSessionFile } from '../session-file';
import { canonicalJson } from './chain';
import { normaliseReceipt, planMac, sameHex, sealKeyFor, sealMac } from './seal';

export interface PreparedPlan {
  plan: AssessmentPlan;
  /** Hex; never leaves the reviewer's machine. */
  secret: string;
  preparedBy: string;
  preparedAt: string;
}
export type PlanLookup = (planId: string) => PreparedPlan | null;

export interface IntegrityAssessment {
  report: IntegrityReport;
  /** Problems that prove tampering or a wrong copy: the app refuses such a file, the CLI prints no score for it. */
  fatal: string[];
}

/** The resolved plan is the prepared one with variants drawn only where the prepared plan left them open. */
export function planMatchesPrepared(resolved: AssessmentPlan, prepared: AssessmentPlan): boolean {
  const expected = { ...prepared, exercises: prepared.exercises.map((e, i) => (e.variantId ? e : { ...e, variantId: resolved.exercises[i]?.variantId })) };
  return canonicalJson(expected) === canonicalJson(resolved);
}

export function assessIntegrity(parsed: ParsedSessionFile, lookup: PlanLookup, receipt?: string): IntegrityAssessment {
  const fatal = [...parsed.failures];
  const notes: string[] = [];
  const session = parsed.session;
  const head = session?.headHash ?? session?.events.at(-1)?.hash ?? null;
  const base = { eventCount: parsed.kind === 'v2' ? parsed.records.length : parsed.session.events.length, brokenAtSeq: parsed.chain.brokenAt, headHash: head, receipt: session?.receipt ?? null };

  if (parsed.kind === 'legacy') {
    const message = parsed.chain.ok ? `Legacy format: integrity limited to the event chain. ${parsed.chain.message}` : parsed.chain.message;
    return {
      fatal,
      report: {
        ...base,
        ok: false,
        format: 'legacy',
        message,
        plan: { preparedHere: null, message: 'Legacy format: the plan is not bound to the log, so it cannot be checked.' },
        seal: { state: 'unverifiable', message: 'Legacy format: no keyed seal; anyone can recompute an unkeyed chain.' },
        notes,
      },
    };
  }

  let plan: IntegrityReport['plan'] = { preparedHere: null, message: 'The log could not be read, so the plan was not checked.' };
  let seal: IntegrityReport['seal'] = { state: 'unverifiable', message: 'The log could not be read, so the seal was not checked.' };
  const derived = parsed.derived;
  if (derived) {
    const { genesis } = derived;
    const prepared = genesis.preparedPlan ? lookup(genesis.preparedPlan.planId) : null;
    let key: string | null = null;
    if (genesis.planSource === 'default' || !genesis.preparedPlan) {
      plan = { preparedHere: false, message: 'The built-in default plan: no reviewer prepared it, so there is no key to check a seal with.' };
    } else if (!prepared) {
      plan = { preparedHere: false, message: `The plan "${genesis.preparedPlan.title}" (${genesis.preparedPlan.planId}) was not prepared on this machine.` };
    } else {
      const macOk = !!genesis.planMac && sameHex(genesis.planMac, planMac(prepared.secret, prepared.plan));
      const same = canonicalJson(prepared.plan) === canonicalJson(genesis.preparedPlan) && planMatchesPrepared(genesis.plan, prepared.plan);
      if (macOk && same) {
        plan = { preparedHere: true, message: `Prepared on this machine by ${prepared.preparedBy} on ${prepared.preparedAt.slice(0, 10)}, and unchanged.` };
        key = sealKeyFor(prepared.secret, prepared.plan.planId);
      } else {
        plan = { preparedHere: false, message: `The plan claims to be ${prepared.plan.planId}, prepared on this machine, but it differs from what was prepared (budgets, extra time, exercises or variants were edited).` };
        fatal.push(plan.message);
      }
    }
    if (genesis.planSource === 'candidate-screen') notes.push('The plan file was opened on the candidate screen, so the seal key passed through the candidate’s page.');

    const last = derived.session.events.at(-1);
    const lastSeal = derived.lastSeal;
    if (!lastSeal) {
      seal = { state: 'not-sealed', message: 'Not sealed: the log ends without the host’s seal (the session was not submitted, or the file was cut short).' };
    } else if (last?.type !== 'sealed') {
      seal = { state: 'not-sealed', message: `Sealed at event ${lastSeal.seq} (${lastSeal.reason}), but ${derived.session.events.length - 1 - lastSeal.seq} later events are not covered by a seal.` };
    } else if (!key || lastSeal.mac === null) {
      seal = { state: 'unverifiable', message: 'Sealed, but this machine holds no key for the plan, so the seal cannot be checked here. Compare the receipt code with the one recorded at hand-in.' };
    } else if (sameHex(lastSeal.mac, sealMac(key, derived.session.sessionId, lastSeal.head))) {
      seal = { state: 'verified', message: `Sealed by the host at ${lastSeal.reason === 'time-up' ? 'time-up' : 'submission'}; the seal verifies with this machine’s key for the plan.` };
    } else {
      seal = { state: 'invalid', message: 'The seal does not verify: the log was changed after it was sealed, or it was sealed with another key.' };
      fatal.push(seal.message);
    }
    for (const id of derived.exerciseTimeUps) notes.push(`The suggested time for ${id} ran out before the end.`);
    if (derived.session.timeUpAt) notes.push('The overall time ran out; the host stopped the clock and sealed the session.');
  }

  if (receipt !== undefined) {
    const given = normaliseReceipt(receipt);
    const actual = session?.receipt ?? null;
    if (!actual) fatal.push(`A receipt code (${given}) was given, but this file is not sealed, so it has none: it is not the copy that was handed in.`);
    else if (given !== actual) fatal.push(`The receipt code ${given} does not match this file’s (${actual}): it is not the copy that was handed in.`);
    else notes.push(`The receipt code ${actual} matches the one recorded at hand-in.`);
  }

  const ok = fatal.length === 0 && seal.state === 'verified';
  const message = fatal[0] ?? (ok ? `${parsed.chain.message} ${seal.message}` : `${parsed.chain.message} ${seal.state === 'verified' ? '' : seal.message}`.trim());
  return { fatal, report: { ...base, ok, format: 'v2', message, plan, seal, notes } };
}
