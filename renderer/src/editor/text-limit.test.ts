// Renderer (pure) tests: the refusal message for text over a field's limit.
import { describe, expect, it } from 'vitest';
import { limitRefusal } from './text-limit';

describe('limitRefusal', () => {
  it('accepts text up to the limit exactly', () => {
    expect(limitRefusal(49_000, 1_000, 50_000)).toBeNull();
  });
  it('names the limit and the size it would have reached', () => {
    const message = limitRefusal(100, 60_000, 50_000);
    expect(message).toContain('at most 50,000 characters');
    expect(message).toContain('60,100');
    expect(message).toContain('previous text is kept');
  });
});
