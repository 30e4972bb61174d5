// Host (Node): the reviewer area: unlocking, the session list, importing session files (in chunks, checked against
// this machine's plans and seals before anything is stored) and opening one session with its integrity report.
import { randomUUID } from 'node:crypto';
import { MAX_SESSION_FILE_BYTES, type HostHandlers } from '../../../contract/host-api';
import { HostError } from '../host-error';
import { parseSessionFileText } from '../session-file';
import { assessIntegrity, type IntegrityAssessment } from '../session-log/integrity';
import type { StoredSession } from '../session-store';
import { summaryOf, type HostDeps } from './host-deps';

type ReviewerHandlers = Pick<
  HostHandlers,
  'getReviewerStatus' | 'unlockReviewer' | 'lockReviewer' | 'listSessions' | 'importSessionBegin' | 'importSessionChunk' | 'importSession' | 'getSessionForReview'
>;

interface Upload {
  token: string;
  fileName: string;
  totalChars: number;
  parts: string[];
  received: number;
  startedAt: number;
}

const UPLOAD_TTL_MS = 10 * 60_000;

/** Whether `incoming` continues `existing` (same records, possibly more), by hash. */
const extendsLog = (existing: StoredSession['session'], incoming: StoredSession['session']) =>
  existing.events.every((e, i) => incoming.events[i]?.hash === e.hash);

export function createReviewerHandlers(deps: HostDeps, integrityOf: (e: StoredSession) => IntegrityAssessment): ReviewerHandlers {
  const { store, auth, reviews, plans } = deps;
  const uploads = new Map<string, Upload>();

  function upload(token: string, uploadId: string): Upload {
    const entry = uploads.get(uploadId);
    if (!entry || entry.token !== token) throw new HostError('not-found', 'That upload is not known (it may have expired); choose the file again.');
    return entry;
  }

  return {
    async getReviewerStatus() {
      return { passphraseSet: await auth.isSet(), reviewers: await auth.names() };
    },

    async unlockReviewer({ reviewerName, passphrase, setPassphrase }) {
      // The first passphrase is set when a machine is prepared, never while a candidate is at it.
      const token = setPassphrase
        ? await auth.setFirstPassphrase(reviewerName, passphrase, { candidateSessionInProgress: store.activeSession() !== null })
        : await auth.unlock(reviewerName, passphrase);
      const me = auth.check(token);
      return { token, reviewerName: me.reviewerName, reviewerId: me.reviewerId, panelLead: me.panelLead };
    },

    async lockReviewer({ token }) {
      auth.lock(token);
      return { ok: true as const };
    },

    async listSessions({ token }) {
      const me = auth.check(token);
      const sessions = store
        .all()
        .map((entry) => summaryOf(deps, integrityOf, entry, me))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { sessions };
    },

    async importSessionBegin({ token, fileName, totalChars }) {
      auth.check(token);
      if (totalChars > MAX_SESSION_FILE_BYTES) {
        throw new HostError('too-large', `${fileName} is ${(totalChars / 1024 / 1024).toFixed(1)} MB; no session file is larger than ${MAX_SESSION_FILE_BYTES / 1024 / 1024} MB. Nothing was imported.`);
      }
      const now = Date.now();
      for (const [id, u] of uploads) if (now - u.startedAt > UPLOAD_TTL_MS) uploads.delete(id);
      const uploadId = randomUUID();
      uploads.set(uploadId, { token, fileName, totalChars, parts: [], received: 0, startedAt: now });
      return { uploadId };
    },

    async importSessionChunk({ token, uploadId, chunk }) {
      auth.check(token);
      const u = upload(token, uploadId);
      if (u.received + chunk.length > u.totalChars) {
        uploads.delete(uploadId);
        throw new HostError('too-large', `${u.fileName} is longer than announced; nothing was imported.`);
      }
      u.parts.push(chunk);
      u.received += chunk.length;
      return { receivedChars: u.received };
    },

    async importSession({ token, uploadId, receipt }) {
      const me = auth.check(token);
      const u = upload(token, uploadId);
      uploads.delete(uploadId);
      if (u.received !== u.totalChars) throw new HostError('bad-file', `${u.fileName} arrived incomplete (${u.received} of ${u.totalChars} characters); nothing was imported.`);
      const text = u.parts.join('');
      const parsed = parseSessionFileText(text);
      const { report, fatal } = assessIntegrity(parsed, plans.lookup, receipt);
      if (fatal.length > 0) throw new HostError('integrity', `Refused, nothing was changed. ${fatal.join(' ')}`);
      const session = parsed.session!;
      const existing = store.has(session.sessionId) ? store.get(session.sessionId) : null;
      if (existing) {
        if (!extendsLog(existing.session, session)) {
          if (extendsLog(session, existing.session)) return { summary: summaryOf(deps, integrityOf, existing, me), integrity: report, replaced: false };
          throw new HostError('conflict', 'A different session with the same id is already stored (the two logs disagree); nothing was changed.');
        }
        if (existing.session.events.length === session.events.length) return { summary: summaryOf(deps, integrityOf, existing, me), integrity: report, replaced: false };
        if (existing.source === 'this-machine') throw new HostError('conflict', 'This session was taken on this machine; its own log is the original and is not replaced by a file.');
        if (existing.session.status === 'submitted') throw new HostError('integrity', 'The stored copy of this session is already submitted and sealed; a longer copy cannot have come after it. Nothing was changed.');
      }
      const stored = await store.putImported(
        { records: parsed.kind === 'v2' ? parsed.records : null, legacyText: parsed.kind === 'legacy' ? text.replace(/^\uFEFF/, '') : null },
        session,
        parsed.derived,
        'imported',
      );
      // A newer copy of a graded session: the grades are for the old version; grade this one (the list says stale meanwhile).
      if (existing && reviews.get(session.sessionId)?.gradedAt) void reviews.grade(session).catch((e: unknown) => console.warn(`[reviews] re-grading ${session.sessionId} failed`, e));
      return { summary: summaryOf(deps, integrityOf, stored, me), integrity: report, replaced: existing !== null };
    },

    async getSessionForReview({ token, sessionId }) {
      const me = auth.check(token);
      const entry = store.get(sessionId);
      // Blind: the caller's own review and scorecard only; others' work reaches them through getPanel once they submit.
      const review = reviews.reviewFor(sessionId, me);
      return { session: entry.session, integrity: integrityOf(entry).report, review, scorecard: review?.gradedAt ? reviews.scorecard(review) : null };
    },
  };
}
