// Host only: picks needles for the candidate-bundle leak check out of grading material.

/** Shorter needles match too much by chance (a common SQL clause), so they are not worth checking for. */
export const MIN_SECRET_LENGTH = 12;

/**
 * The longest line of `text` that the public content does not contain: distinctive, and it survives minification
 * (a line is a string literal's substring). Empty when every line is public.
 */
export function longestPrivateLine(text: string, publicText = ''): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= MIN_SECRET_LENGTH && !publicText.includes(l))
      .sort((a, b) => b.length - a.length)[0] ?? ''
  );
}

/** Every string inside a content value (a variant, its files), joined by newlines: what candidates can see. */
export function contentText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(contentText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(contentText).join('\n');
  return '';
}
