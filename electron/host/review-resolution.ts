// Host (Node): resolving a conflicting review file: who may (the reviewer whose file it is, or a panel lead), the
// refusals in words (including a second resolve of the same conflict), and the sentence the panel shows afterwards.
import type { ConflictChoice, ConflictResolution } from '../../contract/panel';
import { HostError } from './host-error';
import { headOf } from './review-chain';
import type { ReviewFileStore } from './review-files';

export interface ResolveCaller {
  reviewerId: string;
  reviewerName: string;
  panelLead: boolean;
}

export interface ResolveInput {
  sessionId: string;
  reviewerId: string;
  storedHead: string;
  incomingHead: string;
  keep: ConflictChoice;
}

const KEPT_WORDS: Record<ConflictChoice, string> = { stored: 'kept the stored copy', incoming: 'kept the incoming copy' };

/** "Resolved by Rita on 2026-01-05 09:00 UTC: kept the incoming copy of Sam's review (version 1a2b3c4d)." */
export function resolutionSentence(r: ConflictResolution): string {
  const when = `${r.at.slice(0, 16).replace('T', ' ')} UTC`;
  return `Resolved by ${r.resolvedBy.name} on ${when}: ${KEPT_WORDS[r.kept]} of ${r.reviewerName}'s review (version ${r.keptHead.slice(0, 8)}); the other copy (version ${r.supersededHead.slice(0, 8)}) is kept aside as ${r.supersededFile}.`;
}

/** Checks who is asking, then ends the conflict in the store; every refusal leaves the files as they were. */
export async function resolveReviewConflict(files: ReviewFileStore, caller: ResolveCaller, input: ResolveInput, at: string): Promise<{ resolution: ConflictResolution; message: string }> {
  const owner = files.fileOf(input.sessionId, input.reviewerId)?.reviewer.name ?? files.conflictsOf(input.sessionId).find((c) => c.file.reviewer.id === input.reviewerId)?.file.reviewer.name ?? 'the reviewer';
  if (caller.reviewerId !== input.reviewerId && !caller.panelLead) {
    throw new HostError('forbidden', `Only ${owner} (whose review file it is) or a panel lead can choose which copy of ${owner}'s review stays. Nothing was changed.`);
  }
  const waiting = files.conflictsOf(input.sessionId).some((c) => c.file.reviewer.id === input.reviewerId);
  const done = files
    .resolutionsOf(input.sessionId)
    .filter((r) => r.reviewerId === input.reviewerId && [r.keptHead, r.supersededHead].includes(input.incomingHead) && [r.keptHead, r.supersededHead].includes(input.storedHead))
    .at(-1);
  if (done && !files.conflictsOf(input.sessionId).some((c) => c.file.reviewer.id === input.reviewerId && headOf(c.file) === input.incomingHead)) {
    throw new HostError('conflict', `This conflict is already resolved. ${resolutionSentence(done)} Nothing was changed.`);
  }
  if (!waiting) throw new HostError('not-found', `There is no conflicting copy of ${owner}'s review waiting on this session; reload the panel. Nothing was changed.`);
  const resolution = await files.resolveConflict({ ...input, resolvedBy: { id: caller.reviewerId, name: caller.reviewerName }, at });
  return { resolution, message: resolutionSentence(resolution) };
}
