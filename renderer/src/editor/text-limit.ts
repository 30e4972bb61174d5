// Renderer (pure): the sentence a candidate reads when text would pass a field's limit (from the answer schema).

/** Null when `current + added` fits in `max`; otherwise why the text was refused and that nothing was lost. */
export function limitRefusal(current: number, added: number, max: number): string | null {
  const total = current + added;
  if (total <= max) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return `Not added: this field holds at most ${n(max)} characters, and that would make it ${n(total)} (${n(added)} pasted or typed). Your previous text is kept; paste a shorter excerpt.`;
}
