// Host (Node): the hiring panel: reviewers as people (panel leads add them), blind submissions, the panel view,
// the lead's decision, and review files exchanged between laptops. Every check of who may do what is made here.
import type { HostHandlers } from '../../../contract/host-api';
import type { PanelView } from '../../../contract/panel';
import { HostError } from '../host-error';
import { headOf, relate } from '../review-chain';
import { exportBundle, importReviews } from '../review-exchange';
import { resolveReviewConflict } from '../review-resolution';
import type { VerifiedReviewer } from '../reviewer-auth';
import type { HostDeps } from './host-deps';

type PanelHandlers = Pick<
  HostHandlers,
  'addReviewer' | 'listReviewers' | 'submitReview' | 'getPanel' | 'recordDecision' | 'exportReviewFiles' | 'importReviewFiles' | 'resolveReviewConflict'
>;

export function createPanelHandlers(deps: HostDeps): PanelHandlers {
  const { auth, store, reviews, now } = deps;
  const files = reviews.files;

  /** Diverging copies kept by imports, until the stored file has caught up with them. */
  function conflictsOf(sessionId: string): PanelView['conflicts'] {
    return files.conflictsOf(sessionId).flatMap(({ file, fileName }) => {
      const stored = files.fileOf(sessionId, file.reviewer.id);
      if (stored && relate(stored, file) !== 'diverged') return [];
      return [
        {
          reviewerId: file.reviewer.id,
          name: file.reviewer.name,
          storedHead: headOf(stored),
          incomingHead: headOf(file),
          incomingFile: `reviews/${sessionId}/${fileName}`,
          storedEntries: stored?.entries.length ?? 0,
          incomingEntries: file.entries.length,
          storedLastAt: stored?.entries.at(-1)?.at ?? null,
          incomingLastAt: file.entries.at(-1)?.at ?? null,
        },
      ];
    });
  }

  function panelFor(sessionId: string, me: VerifiedReviewer): PanelView {
    store.get(sessionId);
    const panel = reviews.panel(sessionId, me, conflictsOf(sessionId));
    // Like the conflicts, what was resolved shows once the panel is open to the caller.
    return { ...panel, resolutions: panel.state === 'open' ? files.resolutionsOf(sessionId) : [] };
  }

  return {
    async addReviewer({ token, name, passphrase, panelLead }) {
      const reviewer = await auth.addReviewer(auth.check(token), name, passphrase, panelLead);
      return { reviewer: { id: reviewer.id, name: reviewer.name, panelLead: reviewer.panelLead } };
    },

    async listReviewers({ token }) {
      auth.check(token);
      const local = auth.directory.all().map((r) => ({ id: r.id, name: r.name, panelLead: r.panelLead, local: true }));
      // Reviewers of other laptops, known from their review files; a lead is whoever recorded a decision.
      const remote = new Map<string, { id: string; name: string; panelLead: boolean; local: false }>();
      for (const f of files.all()) {
        if (auth.directory.get(f.reviewer.id)) continue;
        const decided = f.entries.some((e) => e.body.kind === 'decision') || remote.get(f.reviewer.id)?.panelLead === true;
        remote.set(f.reviewer.id, { id: f.reviewer.id, name: f.reviewer.name, panelLead: decided, local: false });
      }
      return { reviewers: [...local, ...[...remote.values()].sort((a, b) => a.name.localeCompare(b.name))] };
    },

    async submitReview({ token, sessionId, notes, recommendation, summary }) {
      const me = auth.check(token);
      const { session } = store.get(sessionId);
      const card = reviews.scorecardFor(sessionId, me);
      if (!card) throw new HostError('conflict', 'Grade the session and check its scores before you submit your ratings.');
      const noteFor = new Map<string, string>();
      for (const n of notes ?? []) {
        if (!card.dimensions.some((d) => d.dimensionId === n.dimensionId)) throw new HostError('invalid-input', `The scorecard has no dimension "${n.dimensionId}"; nothing was submitted.`);
        noteFor.set(n.dimensionId, n.note.trim());
      }
      await reviews.append(session, me, {
        kind: 'submit',
        // The ratings are the reviewer's own final scorecard as it stands: what they rated is what they submit.
        ratings: card.dimensions.map((d) => ({ dimensionId: d.dimensionId, rating: d.finalRating, note: noteFor.get(d.dimensionId) ?? '' })),
        overallScore: card.overall.finalScore === null ? null : Math.round(card.overall.finalScore * 10) / 10,
        recommendation,
        summary,
      });
      return { panel: panelFor(sessionId, me) };
    },

    async getPanel({ token, sessionId }) {
      return panelFor(sessionId, auth.check(token));
    },

    async recordDecision({ token, sessionId, decision, rationale }) {
      const me = auth.check(token);
      const { session } = store.get(sessionId);
      if (!me.panelLead) throw new HostError('forbidden', 'Only a panel lead records the decision. Share your view in your submission; a panel lead decides.');
      if (!reviews.hasSubmitted(sessionId, me)) {
        throw new HostError('forbidden', 'Submit your own ratings of this candidate first: the decision comes after your blind review.');
      }
      await reviews.append(session, me, { kind: 'decision', decision, rationale });
      return { panel: panelFor(sessionId, me) };
    },

    async exportReviewFiles({ token, sessionId }) {
      const me = auth.check(token);
      if (sessionId !== undefined) store.get(sessionId);
      const candidate = sessionId === undefined ? undefined : { sessionId, candidateName: store.get(sessionId).session.candidateName };
      return exportBundle(files, { id: me.reviewerId, name: me.reviewerName }, now(), candidate);
    },

    async resolveReviewConflict({ token, sessionId, reviewerId, storedHead, incomingHead, keep }) {
      const me = auth.check(token);
      store.get(sessionId);
      const { message } = await resolveReviewConflict(files, me, { sessionId, reviewerId, storedHead, incomingHead, keep }, now().toISOString());
      return { panel: panelFor(sessionId, me), message };
    },

    async importReviewFiles({ token, fileName, content }) {
      auth.check(token);
      const results = await importReviews(
        {
          files,
          candidateOf: (id) => (store.has(id) ? store.get(id).session.candidateName : null),
          isLocalReviewer: (id) => auth.directory.get(id) !== null,
        },
        fileName,
        content,
      );
      return { results };
    },
  };
}
