// Grading CLI (Node): reads a session file with the app's own parser and integrity checks, so `npm run grade` and
// the reviewer's import accept and refuse exactly the same files.
import { readFileSync } from 'node:fs';
import type { IntegrityReport } from '../contract/sealing';
import type { Session } from '../contract/session';
import { PlanStore } from '../electron/host/plan-store';
import { parseSessionFileText } from '../electron/host/session-file';
import { assessIntegrity, type PlanLookup } from '../electron/host/session-log/integrity';

export interface SessionForGrading {
  session: Session;
  integrity: IntegrityReport;
  /** What proves tampering or a wrong copy; empty when the file passes. */
  failures: string[];
}

/** Plans prepared on a reviewer's machine (its data folder), so seals can be checked; none without a folder. */
export async function planLookupFor(dataDir: string | undefined): Promise<PlanLookup> {
  if (!dataDir) return () => null;
  const plans = new PlanStore(dataDir);
  await plans.load();
  return plans.lookup;
}

/** Throws for a file that is not a session file at all; returns integrity failures for the caller to act on. */
export function readSessionForGrading(file: string, lookup: PlanLookup): SessionForGrading {
  const parsed = parseSessionFileText(readFileSync(file, 'utf8'));
  const { report, fatal } = assessIntegrity(parsed, lookup);
  if (!parsed.session) throw new Error(`the log cannot be read as a session, so there is nothing to grade. ${fatal.join(' ')}`);
  return { session: parsed.session, integrity: report, failures: fatal };
}
