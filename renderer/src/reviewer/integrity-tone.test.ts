// Tests (pure): red in the integrity column means a failed check, never "checkable only elsewhere".
import { describe, expect, it } from 'vitest';
import { integrityTone } from './integrity-tone';

const integrity = (ok: boolean, sealState?: string) => ({ ok, message: 'm', sealState });

describe('integrityTone', () => {
  it('is green when chain, plan and seal check out', () => expect(integrityTone(integrity(true, 'verified'))).toBe('ok'));
  it.each(['unverifiable', 'legacy', 'not-sealed'])('is a caution when the seal is %s', (state) => expect(integrityTone(integrity(false, state))).toBe('caution'));
  it.each(['invalid', undefined])('is red when a check failed (%s)', (state) => expect(integrityTone(integrity(false, state))).toBe('bad'));
});
