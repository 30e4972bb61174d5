// Unit test (Node): a simulated 60-minute session in each exercise (typing in SQL and Python, actions in the incident
// and the PR review) stays small and imports on a reviewer's machine with every answer intact. Sizes and save
// latencies against their goals are reported by `npm run bench`; here only that a genuine hour imports.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SESSION_FILE_BYTES } from '../../contract/host-api';
import { closeTestHosts, exportAll, importText, reviewerToken, testHost } from './fixtures/host-fixture';
import { simulateHour, type SimulatedExercise } from './fixtures/simulated-hour';

afterAll(closeTestHosts);

describe('a simulated hour of work', () => {
  it.each(['sql', 'python', 'incident', 'pr-review'] as SimulatedExercise[])('%s: the log stays far below the import cap and the submitted file imports', async (exerciseId) => {
    const laptop = await testHost();
    const { sessionId } = await simulateHour(laptop, exerciseId);
    const onDisk = statSync(join(laptop.dir, 'sessions', `${sessionId}.jsonl`)).size;
    expect(onDisk).toBeLessThan(MAX_SESSION_FILE_BYTES / 4);
    const taken = laptop.services.store.get(sessionId).session;
    // The first second is charged to the overview, where the candidate was until the first save said otherwise.
    expect(taken.elapsedMs).toEqual({ overview: 1_000, [exerciseId]: 3_599_000 });
    const { text } = await exportAll(laptop, sessionId);
    const reviewer = await testHost();
    const { summary, integrity } = await importText(reviewer, await reviewerToken(reviewer), text);
    expect(summary.status).toBe('submitted');
    expect(integrity.seal.state).toBe('unverifiable');
    expect(reviewer.services.store.get(sessionId).session.answers).toEqual(taken.answers);
    expect(reviewer.services.store.get(sessionId).session.events.filter((e) => e.type === 'action').length).toBe(taken.events.filter((e) => e.type === 'action').length);
  }, 180_000);
});
