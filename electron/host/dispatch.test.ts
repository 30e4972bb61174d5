// Unit test: the dispatcher enforces contract/host-roles.ts for every message, before any handler runs.
// It walks the method list: a new message without a sample call here fails to compile and fails the walk.
import { describe, expect, it } from 'vitest';
import { HOST_METHODS, hostApiSpec, type HostHandlers, type HostInput, type HostMethod } from '../../contract/host-api';
import { hostRoles, type HostRole } from '../../contract/host-roles';
import { dispatchHostCall, type HostAccess } from './dispatch';
import { HostError } from './host-error';

const VALID_TOKEN = 'a'.repeat(64);
const UNKNOWN_TOKEN = 'b'.repeat(64);
const OWN_SESSION = '11111111-1111-4111-8111-111111111111';
const OTHER_SESSION = '22222222-2222-4222-8222-222222222222';
const RITA = { reviewerId: '33333333-3333-4333-8333-333333333333', reviewerName: 'Rita', panelLead: true };

/** One valid call per message, as its rightful caller would make it. */
const samples: { [M in HostMethod]: HostInput<M> } = {
  getAppInfo: {},
  getActiveSession: {},
  getPendingPlan: {},
  openPlanFile: { fileName: 'panel.dpe-plan.json', content: '{}' },
  startSession: { candidateName: 'Ada', consent: true },
  saveProgress: { sessionId: OWN_SESSION, location: 'overview' },
  submitSession: { sessionId: OWN_SESSION, reflection: 'I would add tests first.' },
  exportSession: { sessionId: OWN_SESSION },
  prReviewAuthorReplies: { sessionId: OWN_SESSION },
  getReviewerStatus: {},
  unlockReviewer: { reviewerName: 'Rita', passphrase: 'correct horse battery', setPassphrase: false },
  lockReviewer: { token: VALID_TOKEN },
  listSessions: { token: VALID_TOKEN },
  importSessionBegin: { token: VALID_TOKEN, fileName: 'ada.dpe-session.json', totalChars: 10 },
  importSessionChunk: { token: VALID_TOKEN, uploadId: 'upload-1', chunk: '{}' },
  importSession: { token: VALID_TOKEN, uploadId: 'upload-1' },
  getSessionForReview: { token: VALID_TOKEN, sessionId: OTHER_SESSION },
  gradeSession: { token: VALID_TOKEN, sessionId: OTHER_SESSION },
  applyReviewAction: { token: VALID_TOKEN, sessionId: OTHER_SESSION, action: { kind: 'rate-criterion', criterionId: 'sql.explains', rating: 3, note: 'clear' } },
  getCandidateFeedback: { token: VALID_TOKEN, sessionId: OTHER_SESSION },
  addReviewer: { token: VALID_TOKEN, name: 'Sam', passphrase: 'sam types this himself', panelLead: false },
  listReviewers: { token: VALID_TOKEN },
  submitReview: { token: VALID_TOKEN, sessionId: OTHER_SESSION, recommendation: 'hire', summary: 'Solid debugging, thin tests.' },
  getPanel: { token: VALID_TOKEN, sessionId: OTHER_SESSION },
  recordDecision: { token: VALID_TOKEN, sessionId: OTHER_SESSION, decision: 'no-hire', rationale: 'The panel agreed the evidence is thin.' },
  exportReviewFiles: { token: VALID_TOKEN },
  importReviewFiles: { token: VALID_TOKEN, fileName: 'reviews-sam.dpe-reviews.json', content: '{}' },
  resolveReviewConflict: { token: VALID_TOKEN, sessionId: OTHER_SESSION, reviewerId: RITA.reviewerId, storedHead: 'c'.repeat(64), incomingHead: 'd'.repeat(64), keep: 'incoming' },
  preparePlan: {
    token: VALID_TOKEN,
    action: 'export',
    draft: { title: 'Panel A', exercises: [{ exerciseId: 'sql', minutes: 40 }], extraTimeMultiplier: 1, variantMode: 'random' },
  },
};

/** The same call made by someone who may not make it; null where every renderer caller may make it (with why). */
function wrongRoleCall(method: HostMethod): { input: unknown; who: string } | null {
  const role = hostRoles[method] as HostRole;
  const input = samples[method] as Record<string, unknown>;
  if (role === 'reviewer') return { input: { ...input, token: UNKNOWN_TOKEN }, who: 'a caller without a valid reviewer token' };
  if (role === 'none-from-renderer') return { input, who: 'the renderer' };
  if ('sessionId' in input) return { input: { ...input, sessionId: OTHER_SESSION }, who: "the candidate, naming another candidate's session" };
  return null;
}

/** Candidate messages that name no session: asking, starting and trying a passphrase are open to the screen. */
const OPEN_TO_THE_SCREEN = new Set<HostMethod>(['getAppInfo', 'getActiveSession', 'getPendingPlan', 'openPlanFile', 'startSession', 'getReviewerStatus', 'unlockReviewer']);

function spyHost() {
  const calls: Array<{ method: HostMethod; caller: unknown }> = [];
  const handlers = Object.fromEntries(
    HOST_METHODS.map((method) => [method, async (_input: unknown, caller: unknown) => (calls.push({ method, caller }), { ok: true })]),
  ) as unknown as HostHandlers;
  const access: HostAccess = {
    reviewerFor: (token) => {
      if (token !== VALID_TOKEN) throw new HostError('forbidden', 'The reviewer area is locked. Unlock it with the passphrase.');
      return RITA;
    },
    candidateSessionId: () => OWN_SESSION,
  };
  return { gate: { handlers, access }, calls };
}

describe('roles on the host: every message, called by the wrong role, is refused before its handler runs', () => {
  it('has a valid sample call for every message in the contract', () => {
    expect(Object.keys(samples).sort()).toEqual([...HOST_METHODS].sort());
    for (const method of HOST_METHODS) {
      const parsed = hostApiSpec[method].input.safeParse(samples[method]);
      expect(parsed.success, `${method}: ${parsed.error?.message}`).toBe(true);
    }
  });

  for (const method of HOST_METHODS) {
    it(`${method} (${hostRoles[method]})`, async () => {
      const { gate, calls } = spyHost();
      const wrong = wrongRoleCall(method);
      if (wrong === null) {
        // Nothing to refuse: the message names no session and needs no token. Keep that list deliberate.
        expect(OPEN_TO_THE_SCREEN.has(method), `${method} is open to every caller; add it to OPEN_TO_THE_SCREEN only if that is intended`).toBe(true);
      } else {
        const refused = await dispatchHostCall(gate, method, wrong.input);
        expect(refused, `${method} called by ${wrong.who}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(calls, `${method}'s handler ran for ${wrong.who}`).toEqual([]);
      }
      if ((hostRoles[method] as HostRole) === 'none-from-renderer') return;
      // The rightful caller gets through, and the handler is told who was verified.
      const allowed = await dispatchHostCall(gate, method, samples[method]);
      expect(allowed).toMatchObject({ ok: true });
      expect(calls).toEqual([{ method, caller: hostRoles[method] === 'reviewer' ? { role: 'reviewer', ...RITA } : { role: 'candidate' } }]);
    });
  }

  it('says why in words a person can act on', async () => {
    const { gate } = spyHost();
    const reviewer = await dispatchHostCall(gate, 'listSessions', { token: UNKNOWN_TOKEN });
    expect(reviewer).toMatchObject({ ok: false, error: { message: expect.stringContaining('Unlock it with the passphrase') } });
    const export_ = await dispatchHostCall(gate, 'exportSession', { sessionId: OTHER_SESSION });
    expect(export_).toMatchObject({ ok: false, error: { message: expect.stringContaining('not the assessment taken on this screen') } });
  });

  it('treats a candidate with no session as owning none', async () => {
    const { gate, calls } = spyHost();
    gate.access.candidateSessionId = () => null;
    expect(await dispatchHostCall(gate, 'exportSession', { sessionId: OWN_SESSION })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });
});
