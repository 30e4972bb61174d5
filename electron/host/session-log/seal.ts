// Host (Node, also the grading CLI): keyed checks. A reviewer's machine keeps one secret per prepared plan; from it
// come the plan's MAC (so the machine recognises its own plans) and the seal key a candidate laptop seals with.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AssessmentPlan } from '../../../contract/session';
import { canonicalJson, sha256 } from './chain';

const hmac = (keyHex: string, message: string): string => createHmac('sha256', Buffer.from(keyHex, 'hex')).update(message).digest('hex');

export const planMac = (planSecret: string, plan: AssessmentPlan): string => hmac(planSecret, `plan\n${canonicalJson(plan)}`);
export const sealKeyFor = (planSecret: string, planId: string): string => hmac(planSecret, `seal\n${planId}`);
export const sealMac = (sealKey: string, sessionId: string, head: string): string => hmac(sealKey, `seal\n${sessionId}\n${head}`);

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

// Crockford's base 32: no I, L, O or U, so a code read aloud or handwritten survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The receipt code of a sealed head: 40 bits of sha256("receipt" + head), as `XXXX-XXXX`. */
export function receiptFor(head: string): string {
  const digest = Buffer.from(sha256(`receipt\n${head}`), 'hex');
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 7; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a proctor types may differ in case, dashes and the letters Crockford treats as digits. */
export function normaliseReceipt(code: string): string {
  const clean = code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.length === 8 ? `${clean.slice(0, 4)}-${clean.slice(4)}` : code;
}
