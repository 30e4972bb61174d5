// Host (Node): moving a legacy audit trail (all reviewers' actions in one list inside reviews/<id>.json) into one
// hash-chained review file per reviewer named in it. Nothing is dropped: the old file is kept as a copy too.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewFile } from '../../contract/panel';
import type { SessionReview } from '../../contract/review';
import { writeFileAtomic } from './atomic-file';
import { appendEntry, relate } from './review-chain';
import type { ReviewFileStore } from './review-files';
import { legacyReviewerId } from './reviewer-identities';
import { sha256 } from './session-log/chain';

/** The local identity of a name, when there is one (`id: null`: the name is not a reviewer of this machine). */
export type NameResolver = (name: string) => { id: string | null; name: string };

/** The review files a legacy audit trail becomes: one per reviewer name, entries in their original order and times. */
export function legacyReviewFiles(review: SessionReview, resolveName: NameResolver): ReviewFile[] {
  const byReviewer = new Map<string, ReviewFile>();
  for (const entry of review.audit) {
    const local = resolveName(entry.reviewer);
    const id = local.id ?? legacyReviewerId(entry.reviewer);
    const file = byReviewer.get(id) ?? { format: 'dpe-review-file', version: 1, sessionId: review.sessionId, reviewer: { id, name: local.id ? local.name : entry.reviewer.trim() }, entries: [] };
    byReviewer.set(id, appendEntry(file, { kind: 'action', action: entry.action, from: entry.from, to: entry.to }, entry.at, review.gradedHeadHash ?? null));
  }
  return [...byReviewer.values()];
}

/** Writes the review files of a legacy trail (idempotent: a crash half-way is finished on the next start). */
export async function migrateLegacyAudit(dataDir: string, files: ReviewFileStore, review: SessionReview, originalText: string, resolveName: NameResolver): Promise<void> {
  // The old file as it was, once: an auditor can compare it with the files it became.
  const copy = join(dataDir, 'reviews', review.sessionId, `legacy-review-${sha256(originalText).slice(0, 8)}.json`);
  if (!(await access(copy).then(() => true, () => false))) await writeFileAtomic(copy, originalText);
  for (const migrated of legacyReviewFiles(review, resolveName)) {
    const stored = files.fileOf(review.sessionId, migrated.reviewer.id);
    const relation = stored ? relate(stored, migrated) : 'incoming-is-longer';
    if (relation === 'incoming-is-longer') await files.put(migrated);
    else if (relation === 'diverged') await files.keepConflict(migrated);
  }
  console.log(`[reviews] moved the audit trail of ${review.sessionId} (${review.audit.length} entries) into per-reviewer review files.`);
}

