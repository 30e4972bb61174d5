// Unit test (host): only runs the candidate started are attempts; the app's own runs (drawing a tile) never count.
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../contract/session';
import { candidateRuns } from './run-history';

const run = (seq: number, startedBy: 'candidate' | 'app'): SessionEvent => ({
  seq,
  at: `2026-01-01T09:0${seq}:00.000Z`,
  el: seq * 60_000,
  type: 'run',
  exerciseId: 'sql',
  data: { startedBy, purpose: 'query', ok: true },
  hash: String(seq).repeat(64).slice(0, 64),
});

describe('learning agility: who started a run', () => {
  it('counts the candidate’s runs and leaves out the app’s', () => {
    expect(candidateRuns([run(1, 'app'), run(2, 'app'), run(3, 'candidate')]).map((r) => r.at)).toEqual(['2026-01-01T09:03:00.000Z']);
  });
});
