// Host only: what a review comment is doing besides naming a concept: approving the line, saying nothing in
// particular, or remarking on layout. The matcher uses these so a comment on an issue's lines is not credited with
// finding the issue when its words say the opposite ("looks fine"), nothing ("looks risky") or something else.

/** Words that carry no claim about the code: a comment made only of these says nothing a reviewer could act on. */
const EMPTY_WORDS = new Set(
  ('a an the this that these those it its it\'s here there is are was be been look looks looking seem seems risky risk ' +
    'risks bad wrong weird odd strange suspicious dangerous scary issue issues problem problems concern concerns please ' +
    'pls plz check fix change changes why what how hmm hm not sure about maybe perhaps i we you me my think feel ' +
    'something thing stuff code line lines to of at in on for with and or could should would can might again review ' +
    'careful consider really very bit little quite too so just see double here\'s idk unsure right correct ok okay ' +
    // Opinions and fillers without an object: "honestly not a big fan of this", "don't like it".
    'fan like dislike love hate happy convinced keen liking don\'t do honestly frankly personally overall generally ' +
    'somehow kinda sort kind big huge great feel feels').split(' '),
);

/** True when, leaving out words that carry no claim, nothing is left ("looks risky", "Please check this."). */
export function saysNothing(text: string): boolean {
  const words = text.toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}\p{N}_*()./'-]+/gu) ?? [];
  return words.map((w) => w.replace(/^[./'-]+|[./'-]+$/g, '')).filter((w) => w.length > 0 && !EMPTY_WORDS.has(w)).length === 0;
}

const APPROVAL = [
  /\b(looks?|seems?|is|are|'s|feels?)\s+(totally\s+|perfectly\s+|all\s+|pretty\s+|completely\s+)?(fine|ok|okay|good|great|correct|right|safe|reasonable|solid|sensible)\b/i,
  /\bno need to (change|fix|touch|worry)|\bnothing to (change|fix|worry)|\bno (problems?|issues?|concerns?) (here|with)\b/i,
  /^\W*(nice|good|great|love|cool|neat|lgtm|\+1)\b/i,
  /👍|\blgtm\b/i,
];
const NEGATED_BEFORE = /(\bnot|n't|\bnever|\bhardly)\s*$/i;
/** A turn after praise ("nice, but …") means the comment goes on to raise something. */
const CONTRAST = /\b(but|however|though|although|except|unless|instead)\b/i;

/** True when the comment approves what it sits on ("looks fine to me", "nice 👍") and raises nothing after it. */
export function approves(text: string): boolean {
  if (CONTRAST.test(text)) return false;
  return APPROVAL.some((re) => {
    const m = re.exec(text);
    return !!m && !NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
  });
}

const LAYOUT = /\b(blank line|empty line|new ?lines?|white ?space|spaces?|indent\w*|line length|long line|format(ting|ter)?|pep ?8|flake8|trailing (comma|space)s?|semicolons?|docstrings?|typos?|spelling|type (hints?|annotations?))\b/i;

/** True when the comment is about presentation (spacing, formatting, docstrings, typos, type hints), which is never a
 *  seeded issue on its own. */
export const aboutLayout = (text: string): boolean => LAYOUT.test(text);

/** Words that hold a sentence together; a run of terms without them is a keyword list, not a remark. */
const FUNCTION_WORDS = new Set(
  ('a an the this that it is are was be will would should could can may might must to of in on at for from with by ' +
    'and or but if so as we you i they he she not no do does don\'t isn\'t when then than because there here').split(' '),
);

/** True for a list of eight or more terms with (almost) no function words: "token secret pii retries idempotent …". */
export function listsTerms(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_*()'-]+/gu) ?? [];
  if (words.length < 8) return false;
  return words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length < 0.1;
}
