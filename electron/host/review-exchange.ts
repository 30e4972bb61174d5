// Host (Node): review files between laptops: a reviewer exports their own files as a bundle; an import checks each
// file's chain and merges it without losing anyone's work (added, fast-forwarded, unchanged, or a diverging copy kept
// beside the stored file). Nothing here proves who wrote a file: the chain shows edits, it is not a signature.
import { ReviewBundleSchema, ReviewFileSchema, type ReviewBundle, type ReviewFile, type ReviewImportResult } from '../../contract/panel';
import { describeIssues } from '../../contract/host-api';
import { HostError } from './host-error';
import { chainProblem, headOf, relate } from './review-chain';
import type { ReviewFileStore } from './review-files';

export interface ExchangeContext {
  files: ReviewFileStore;
  /** The candidate's name when the session is stored here; null when it is not. */
  candidateOf(sessionId: string): string | null;
  /** Whether this id is a reviewer who can unlock on this machine. */
  isLocalReviewer(reviewerId: string): boolean;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'reviewer';

/** One session's export names its candidate and session in the file name: `reviews-ana-casey-candidate-1a2b3c4d-2026-01-05…`. */
export function exportBundle(files: ReviewFileStore, reviewer: { id: string; name: string }, at: Date, only?: { sessionId: string; candidateName: string }): { fileName: string; content: string } {
  const sessionId = only?.sessionId;
  const own = files
    .all()
    .filter((f) => f.reviewer.id === reviewer.id && f.entries.length > 0 && (sessionId === undefined || f.sessionId === sessionId))
    .sort((a, b) => a.sessionId.localeCompare(b.sessionId));
  if (own.length === 0) throw new HostError('not-found', sessionId ? 'You have not reviewed this session yet; there is nothing of yours to export.' : 'You have not reviewed any session yet; there is nothing of yours to export.');
  const bundle: ReviewBundle = { format: 'dpe-review-bundle', version: 1, exportedAt: at.toISOString(), exportedBy: reviewer, files: own };
  const of = only ? `-${slug(only.candidateName).slice(0, 60)}-${only.sessionId.slice(0, 8)}` : '';
  return { fileName: `reviews-${slug(reviewer.name)}${of}-${at.toISOString().slice(0, 10)}.dpe-reviews.json`, content: JSON.stringify(ReviewBundleSchema.parse(bundle), null, 1) };
}

/** The files inside an upload: a bundle or one review file. A file that is neither is refused as a whole. */
function filesIn(fileName: string, content: string): ReviewFile[] {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new HostError('bad-file', `${fileName} is not a review file (it is not JSON). Nothing was imported.`);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format === 'dpe-review-bundle') {
    const parsed = ReviewBundleSchema.safeParse(json);
    if (!parsed.success) throw new HostError('bad-file', `${fileName} is a damaged review bundle (${describeIssues(parsed.error)}). Nothing was imported.`);
    return parsed.data.files;
  }
  if (format === 'dpe-review-file') {
    const parsed = ReviewFileSchema.safeParse(json);
    if (!parsed.success) throw new HostError('bad-file', `${fileName} is a damaged review file (${describeIssues(parsed.error)}). Nothing was imported.`);
    return [parsed.data];
  }
  if (format === 'dpe-session' || typeof (json as { sessionId?: unknown } | null)?.sessionId === 'string') {
    throw new HostError('bad-file', `${fileName} is not a review file; a session file is imported with "Import session file". Nothing was imported.`);
  }
  throw new HostError('bad-file', `${fileName} is not a review file (an export of "Export my reviews" ends in .dpe-reviews.json). Nothing was imported.`);
}

async function importOne(ctx: ExchangeContext, incoming: ReviewFile): Promise<ReviewImportResult> {
  const who = incoming.reviewer.name;
  const candidate = ctx.candidateOf(incoming.sessionId);
  const of = candidate ?? incoming.candidateName ?? `session ${incoming.sessionId.slice(0, 8)}`;
  const result = (outcome: ReviewImportResult['outcome'], message: string): ReviewImportResult => ({ sessionId: incoming.sessionId, reviewerName: who, outcome, message });
  const broken = chainProblem(incoming);
  if (broken) return result('refused', `Refused: in ${who}'s review of ${of}, ${broken}. Nothing from this file was imported; ask ${who} to export it again.`);
  if (incoming.entries.length === 0) return result('unchanged', `${who}'s review of ${of} is empty; nothing to import.`);
  if (candidate === null) return result('refused', `Import the session of ${of} first (its session file), then this review again. Nothing was changed.`);

  const stored = ctx.files.fileOf(incoming.sessionId, incoming.reviewer.id);
  const relation = stored ? relate(stored, incoming) : null;
  if (relation === 'same' || relation === 'stored-is-longer') return result('unchanged', `${who}'s review of ${of} is already here${relation === 'stored-is-longer' ? ' (a newer copy)' : ''}; nothing changed.`);
  const local = ctx.isLocalReviewer(incoming.reviewer.id);
  if (relation === 'incoming-is-longer') {
    await ctx.files.put(incoming, headOf(stored));
    return result('updated', `${who}'s review of ${of}: ${incoming.entries.length - stored!.entries.length} newer entr${incoming.entries.length - stored!.entries.length === 1 ? 'y' : 'ies'} added.`);
  }
  // No one overwrites or starts the work of a reviewer of this machine from a file: only a longer copy of their own chain is taken.
  if (local) {
    return result('refused', `Refused: this file claims to be ${who}'s review of ${of}, and ${who} reviews on this machine; ${stored ? 'it does not continue their review stored here' : 'they have no review of it here to continue'}. Nothing was changed.`);
  }
  if (relation === null) {
    await ctx.files.put(incoming, headOf(null));
    return result('added', `${who}'s review of ${of} added (${incoming.entries.length} entr${incoming.entries.length === 1 ? 'y' : 'ies'}).`);
  }
  // A copy the panel already set aside when it resolved this conflict does not come back as a new conflict.
  const setAside = ctx.files.resolutionsOf(incoming.sessionId).find((r) => r.reviewerId === incoming.reviewer.id && r.supersededHead === headOf(incoming));
  if (setAside) return result('unchanged', `${who}'s review of ${of}: this copy was set aside when ${setAside.resolvedBy.name} resolved the conflict on ${setAside.at.slice(0, 10)}; nothing changed.`);
  const { fileName } = await ctx.files.keepConflict(incoming);
  return result(
    'conflict',
    `${who}'s review of ${of} differs from the copy stored here (both were changed since they parted). The stored copy is unchanged; the incoming one is kept as ${fileName} and shown in the panel as a conflict (stored ${headOf(stored).slice(0, 8)}, incoming ${headOf(incoming).slice(0, 8)}).`,
  );
}

export async function importReviews(ctx: ExchangeContext, fileName: string, content: string): Promise<ReviewImportResult[]> {
  const results: ReviewImportResult[] = [];
  for (const file of filesIn(fileName, content)) results.push(await importOne(ctx, file));
  return results;
}
