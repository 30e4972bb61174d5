// Unit test (Node): the candidate kit's stand-in for the hiring panel's handlers answers every panel method the
// reviewer workstation has (a new one, such as resolving a conflict, cannot be forgotten) with the kit's refusal.
import { describe, expect, it } from 'vitest';
import { createPanelHandlers as realPanelHandlers } from '../../host/handlers/panel-handlers';
import type { HostDeps } from '../../host/handlers/host-deps';
import { NOT_IN_CANDIDATE_KIT } from '../desktop-flavor';
import { createPanelHandlers } from './panel-handlers-stub';

describe('candidate kit: panel handlers', () => {
  it('refuses every panel method of the reviewer workstation, resolving a conflict included', async () => {
    const real = Object.keys(realPanelHandlers({ reviews: { files: {} } } as unknown as HostDeps)).sort();
    const stub = createPanelHandlers();
    expect(Object.keys(stub).sort()).toEqual(real);
    expect(real).toContain('resolveReviewConflict');
    for (const method of real) {
      await expect((stub as Record<string, (input: unknown) => Promise<unknown>>)[method]!({})).rejects.toMatchObject({ code: 'forbidden', message: NOT_IN_CANDIDATE_KIT });
    }
  });
});
