// Host (Node): plans on disk. The reviewer's machine remembers every plan it prepared with its secret
// (`plans/<planId>.json`, never sent to any renderer); a machine prepared for a candidate keeps the next plan and
// its seal key in `pending-plan.json`, and each started session's seal key in `session-keys/<id>.json`.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PlanSourceSchema, type PlanSource } from '../../contract/session-events';
import { AssessmentPlanSchema, Sha256Hex, type AssessmentPlan } from '../../contract/session';
import type { SignedPlanFile } from '../../contract/sealing';
import { writeFileAtomic } from './atomic-file';
import type { PreparedPlan } from './session-log/integrity';
import { planMac, sealKeyFor } from './session-log/seal';

const PreparedPlanSchema = z.object({ plan: AssessmentPlanSchema, secret: Sha256Hex, preparedBy: z.string(), preparedAt: z.string() });
const PendingPlanSchema = z.object({ plan: AssessmentPlanSchema, planMac: Sha256Hex.optional(), sealKey: Sha256Hex.optional(), source: PlanSourceSchema });
export type PendingPlan = z.infer<typeof PendingPlanSchema>;
const SessionKeySchema = z.object({ sealKey: Sha256Hex });

export class PlanStore {
  private readonly prepared = new Map<string, PreparedPlan>();

  constructor(private readonly dataDir: string) {}

  private get pendingFile(): string {
    return join(this.dataDir, 'pending-plan.json');
  }

  async load(): Promise<string[]> {
    const problems: string[] = [];
    const dir = join(this.dataDir, 'plans');
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      try {
        const entry = PreparedPlanSchema.parse(JSON.parse(await readFile(join(dir, name), 'utf8')));
        this.prepared.set(entry.plan.planId, entry);
      } catch (error) {
        problems.push(`${join(dir, name)}: ${(error as Error).message}`);
      }
    }
    return problems;
  }

  /** The reviewer machine's record of a plan it prepared, or null. */
  lookup = (planId: string): PreparedPlan | null => this.prepared.get(planId) ?? null;

  /** Remembers a new plan with a fresh secret and returns the signed file a candidate laptop is prepared with. */
  async remember(plan: AssessmentPlan, preparedBy: string, at: Date): Promise<SignedPlanFile> {
    const entry: PreparedPlan = { plan, secret: randomBytes(32).toString('hex'), preparedBy, preparedAt: at.toISOString() };
    await writeFileAtomic(join(this.dataDir, 'plans', `${plan.planId}.json`), JSON.stringify(entry));
    this.prepared.set(plan.planId, entry);
    return { format: 'dpe-assessment-plan-file', version: 2, plan, planMac: planMac(entry.secret, plan), sealKey: sealKeyFor(entry.secret, plan.planId) };
  }

  async pending(): Promise<PendingPlan | null> {
    const text = await readFile(this.pendingFile, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const raw: unknown = JSON.parse(text);
      // A pending plan written by an older version is a bare plan: it came from that machine's reviewer area.
      const bare = AssessmentPlanSchema.safeParse(raw);
      if (bare.success) return { plan: bare.data, source: 'reviewer-area' };
      return PendingPlanSchema.parse(raw);
    } catch {
      return null;
    }
  }

  async setPending(plan: AssessmentPlan, signed: SignedPlanFile | null, source: PlanSource): Promise<void> {
    const pending: PendingPlan = { plan, source, ...(signed ? { planMac: signed.planMac, sealKey: signed.sealKey } : {}) };
    await writeFileAtomic(this.pendingFile, JSON.stringify(pending));
  }

  async clearPending(): Promise<void> {
    await rm(this.pendingFile, { force: true });
  }

  async saveSessionKey(sessionId: string, sealKey: string): Promise<void> {
    await writeFileAtomic(join(this.dataDir, 'session-keys', `${sessionId}.json`), JSON.stringify({ sealKey }));
  }

  async sessionKey(sessionId: string): Promise<string | null> {
    const text = await readFile(join(this.dataDir, 'session-keys', `${sessionId}.json`), 'utf8').catch(() => null);
    if (text === null) return null;
    const parsed = SessionKeySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.sealKey : null;
  }
}
