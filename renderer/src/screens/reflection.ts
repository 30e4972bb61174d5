// Renderer (pure): the reflection question asked at submit and at time-up (one wording, graded as part of the assessment).
export const REFLECTION_QUESTION = 'Reflection: what would you do differently with another hour, and why?';
/** The host's `submitted` event schema caps the reflection at this many characters. */
export const REFLECTION_LIMIT = 20_000;
