// Renderer (pure): ids for the candidate's review comments and replies.

/**
 * A comment or reply id that no earlier action used (ids stay unique across deletes, so the log reads clearly). 80
 * random bits: the reducer drops an action whose id is taken, so a clock-based id made twice in one millisecond lost
 * the second comment without a word.
 */
export function freshId(prefix: 'c' | 'r'): string {
  const bits = crypto.getRandomValues(new Uint8Array(10));
  return prefix + Array.from(bits, (b) => b.toString(16).padStart(2, '0')).join('');
}
