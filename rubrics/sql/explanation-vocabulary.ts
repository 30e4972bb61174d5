// Host only: per seeded bug, patterns for its cause (what was wrong in the query) and its effect (what the stakeholder
// saw), built from the development phrasings in explanation-paraphrases.ts. Patterns run on normalised text: lower
// case, underscores as spaces, one space between words. `G` is a short gap inside one sentence.
import type { SqlBugId } from './bug-library';

export interface BugVocabulary {
  cause: RegExp[];
  effect: RegExp[];
}

const G = '[^.!?]{0,60}?';
const r = (source: string): RegExp => new RegExp(source.replaceAll('~', G), 'g');
const TWICE = '(?:twice|two times|double|more than once|once per \\w+|several times|multiple times|as two)';
const MANY = '(?:two|2|multiple|several|more than one|an? (?:second|extra|add-?on))';
const GONE = '(?:missing|disappear\\w*|vanish\\w*|dropped|drop|drops|removed?|removes|excluded|lost|gone|filtered (?:out|away)|thrown away|threw away|left out|omitted|eliminated|never (?:appeared|showed)|did ?n[o\']t (?:appear|show)|not (?:shown|appear\\w*|show(?:n|ing)? up))';
const LOW = '(?:too low|under-?report\\w*|undercount\\w*|understat\\w*|lower than|(?:was|were|came out|is|are) short|short of)';
const HIGH = '(?:too (?:high|many)|inflat\\w*|overstat\\w*|over-?count\\w*|overestimat\\w*|higher than|more (?:\\w+ ){1,2}than)';
const EMPTY = '(?:empty|blank|nothing|no rows|no bars|no regions|no results?)';

export const EXPLANATION_VOCABULARY: Record<SqlBugId, BugVocabulary> = {
  fanout: {
    cause: [
      r(`(?:accounts?|customers?|one account)~(?:with|having|has|have|had|on|that)~${MANY}~(?:paid )?(?:subscriptions?|plans?|plan rows|add-?ons?|extra seats)`),
      r(`(?:accounts?|customers?) (?:with|having|that (?:has|have|had)) (?:both|an?) ~(?:add-?on|extra seats)`),
      r(`(?:appear\\w*|show\\w* up|came back|comes back|returned|listed|present|occurr?\\w*|there) ${TWICE}`),
      r('(?:duplicat\\w*|repeat\\w*) (?:the )?(?:account|customer|row)s?'),
      r('join\\w*~(?:duplicat\\w*|multipl\\w*|fans? out|fanned out)'),
      r('fan-? ?out'),
      r('(?:one|a) row (?:per|for each) (?:paid )?subscription'),
      r('(?:each|every) subscription (?:becomes|became|is|was|gives|gave|creates?|created) (?:its own|a|another) row'),
      r('(?:not|n\'t) (?:unique|distinct|one row) (?:per|by|for each) account'),
      r('(?:same|one) (?:account|customer)~(?:twice|several times|more than once)'),
      r('migrated~(?:legacy|old)~(?:plan|pro|subscription)~(?:too|also|still|as well)'),
      r('(?:still|also) (?:have|has|had|kept|keep) (?:the|their) old (?:paid )?(?:plan|subscription)'),
    ],
    effect: [
      r(`counted ${TWICE}`),
      r('double[- ]?count\\w*'),
      r(HIGH),
      r('(?:counts?|numbers?|totals?) (?:went|go|goes|were|was|are|is) (?:up|higher|too high)'),
      r('(?:one|an?) extra (?:new )?(?:account|customer|row)'),
      r('counted as (?:two|2|separate)'),
      r('(?:counts?|numbers?|totals?)~(?:went up|go up|goes up) by one'),
    ],
  },
  'left-join-where': {
    cause: [
      r('(?:where|filter\\w*|condition\\w*|predicate\\w*)~(?:on|for|against|of) (?:the )?(?:payments?|pay\\b|status|paid at|payment (?:table|side|columns?)|right(?:-hand)? side)'),
      r('(?:pay\\.status|paid at|status|date filter|payment filters?|conditions?|filters?)~(?:in|inside|into|sat in|belongs? in|applied in|placed in) (?:the )?(?:where|on clause)'),
      r('(?:turn|turned|turns|made|makes|convert\\w*|behaves?|behaved|act\\w*|bec[oa]me\\w*|effectively|into)~inner join'),
      r('(?:left|outer) join~(?:where|filter\\w*|cancel\\w*|undone|did nothing|useless|pointless)'),
      r('(?:where|filter\\w*|conditions?)~after the (?:left |outer )?join'),
      r('(?:applied|filter\\w*|where)~after (?:the )?(?:left |outer )?join'),
      r('payment (?:columns?|side|fields?) (?:were|was|are|is|have|has)? ?null|null payment (?:columns?|side|fields?)'),
      r('(?:the )?where (?:removes|drops|filters|excludes|throws)'),
      r('(?:belong|move\\w*|put)~(?:in|into) the (?:on|join) (?:clause|condition)'),
    ],
    effect: [
      r(`(?:plans?|rows?|bars?|free|legacy pro)~${GONE}`),
      r(`${GONE}~(?:plans?|bars?)\\b`),
      r('(?:instead of|rather than|should|to|would) (?:show(?:ing)?|be|display\\w*|report\\w*) (?:0|zero|\\$0)'),
      r('discontinued'),
    ],
  },
  'date-boundary': {
    cause: [
      r('between'),
      r('(?:upper|end|top|closing|inclusive) (?:bound|date|limit|boundary|end)'),
      r('(?:end|upper|boundary|bound|edge) of the (?:date )?range'),
      r('half[- ]open'),
      r("< ?'?2024-04-01"),
      r('(?:2024-03-31|31st|march 31|31 march|last day|final day)'),
      r('(?:timestamps?|paid at|times?)~(?:includes?|has|have|contains?|with|carr\\w*) (?:a |the )?(?:time|hours?|clock)'),
      r('(?:string|text|lexicographic\\w*) (?:comparison|compare)'),
      r('compar\\w*~(?:timestamp|date)~(?:text|string)'),
      r('midnight|00:00'),
    ],
    effect: [
      r('(?:payments?|revenue|money|rows?|transactions?|everything|anything|day|those)~(?:left out|missing|missed|excluded|dropped|lost|ignored|not (?:counted|included|matched)|did ?n[o\']t (?:match|count)|cut off|fell out|dropped out)'),
      r(LOW),
      r('(?:exclud\\w*|miss\\w*|drops?|dropped|los[et]s?|lost|cuts? off|cut off|skip\\w*|ignor\\w*)~(?:payments?|the (?:whole|entire|last|final)|31|day|everything|anything)'),
    ],
  },
  timezone: {
    cause: [
      r('utc|jst|time ?zones?|offset|tokyo (?:time|calendar)|japan\\w* time|(?:\\+ ?)?(?:9|nine) hours|local time'),
      r('convert\\w*~(?:tokyo|jst|local|japan)'),
    ],
    effect: [
      r('(?:wrong|different|previous|next|earlier|later|prior|following|other) month'),
      r('(?:land\\w*|put|placed|count\\w*|report\\w*|assign\\w*|fell|falls|fall|bucket\\w*|ended up|listed|show\\w* up|mov\\w*|belongs?|shift\\w*)~(?:in|into|under|to) (?:the )?(?:wrong|different|previous|next|earlier|prior|following|other|january|february|march|april|month)'),
      r('month (?:boundary|end|edge)|end of (?:the|a) month'),
      r('(?:late|evening|night)~month'),
    ],
  },
  'count-distinct': {
    cause: [
      r('count\\(? ?(?:s\\.)?subscription id'),
      r('count\\w*~subscriptions?'),
      r('subscriptions?~(?:not|instead of|rather than)~(?:accounts?|customers?)'),
      r('(?:rows|lines) (?:from|of) the (?:subscription )?join|(?:rows|lines|subscriptions) (?:rather than|instead of|not) (?:customers|accounts)'),
      r('(?:once per|per|for each|each) (?:add-?on|subscription)'),
      r(`(?:add-?on|extra seats|${MANY}) (?:active )?(?:paid )?(?:subscriptions?|plans?)`),
      r('(?:add-?on|extra seats)~(?:second|another|extra|separate) subscription'),
    ],
    effect: [
      r(`counted ${TWICE}`),
      r('double[- ]?count\\w*'),
      r(HIGH),
      r('appeared as (?:two|2)|another 1|one more'),
      r('(?:numbers?|totals?|counts?) (?:were|was|are|is) (?:too )?(?:high|big|large)'),
    ],
  },
  'not-in-null': {
    cause: [
      r('not in~null|null~not in'),
      r('null (?:in|into) (?:the )?(?:list|subquery|result|excluded|dunning)'),
      r('(?:subquery|dunning list|list|excluded ids)~(?:returns?|returned|contains?|containing|has|had|includ\\w*|gives?) (?:a )?null'),
      r('null (?:account ?id|account)|account ?id (?:is |was )?null|with (?:an? )?null account'),
      r('not exists~(?:ignor\\w*|skip\\w*|handles?)~null'),
      r('manual invoices?~(?:no|without|null|missing)~account'),
      r('(?:invoices?|rows?)~(?:without|with no) (?:an? )?account'),
      r('three[- ]valued|(?:is|evaluat\\w*|becomes?|comparison\\w*)~unknown|never (?:be )?true'),
    ],
    effect: [
      r(`(?:tile|chart|result|dashboard|query|output|report)\\w*~(?:${EMPTY}|came back empty)`),
      r('(?:no|zero|none of the) (?:rows?|accounts?|regions?|bars?|results?)~(?:surviv\\w*|left|came|returned|match\\w*|pass\\w*)'),
      r('(?:every|all|each|any)(?: of the)? (?:accounts?|rows?|regions?)~(?:excluded|filtered|removed|dropped|eliminated|fail\\w*|out)'),
      r('(?:filter\\w*|exclud\\w*|remov\\w*|drop\\w*|eliminat\\w*) (?:out )?(?:all|every)'),
      r('(?:returned|returns|return|gives|gave|shows|showed|came back with|left) (?:nothing|no rows|an empty|empty)'),
      r('for (?:everyone|every account|all accounts)'),
      r('no (?:regions?|bars?|rows?|accounts?) (?:on|in|at)|no bars|nothing (?:surviv\\w*|passed|came back|was left)'),
    ],
  },
  'null-arithmetic': {
    cause: [
      r('null (?:minus|-|plus|\\+)'),
      r('(?:minus|subtract\\w*|plus|arithmetic|calculation|math|- ?null)~null'),
      r('null~(?:minus|subtract\\w*|arithmetic|calculation|math)'),
      r('(?:no|missing|without) (?:closures?|churn|sign-?ups?|closed accounts?|new accounts?|row)~(?:null|join|april)'),
      r('(?:left join|outer join|join)~null'),
      r('null (?:counts?|values?)|(?:count|value|number)s? (?:came back|comes back|was|were|is|are) (?:as )?null'),
      r('(?:new accounts|churned accounts|new|churned|count)s? ?- ?null'),
      r('coalesce~before'),
      r('(?:months?|april)~(?:nothing|no (?:row|activity|churn|closures?))~(?:cte|join)'),
    ],
    effect: [
      r('(?:net change|net|april|the row|row|cell|column|line)s?~(?:blank|empty|wiped|no data)'),
      r('(?:blank|empty|nothing) (?:instead of|rather than) (?:0|zero)'),
      r('(?:wiped out|blanked|blanks) (?:the )?(?:net|row|april)'),
      r('(?:net change|net)~(?:null|blank)'),
      r('(?:returned|returns|gave|gives|came out as|came back as) null (?:for|in)'),
      r('(?:instead of|rather than) (?:showing )?(?:0|zero)'),
      r('no data'),
    ],
  },
  'integer-division': {
    cause: [
      r('integer (?:division|divided|arithmetic|math)'),
      r('divid\\w*~integers?|integers?~divid\\w*|division~(?:on|of) (?:two )?(?:integers|ints)'),
      r('(?:both|two) (?:operands|numbers|values|sides|inputs) (?:are|were) integers'),
      r('(?:and|by) (?:the )?(?:integer )?100 (?:are|were) (?:both )?integers'),
      r('\\/ ?100\\b(?!\\.)'),
      r('(?:by|to) 100 instead of 100\\.0'),
      r('(?:cents|int|integer)~divided by~(?:int|integer|100)|divided by an? (?:int|integer)'),
    ],
    effect: [
      r('(?:cents?|fraction\\w*|decimals?|decimal part|remainder)~(?:cut|lost|dropped|drop|thrown|threw|truncat\\w*|discard\\w*|disappear\\w*|gone|missing|removed|chopped)'),
      r('(?:cut|los[et]|drop\\w*|truncat\\w*|discard\\w*|chop\\w*|throw\\w*|threw)~(?:cents?|fraction\\w*|decimals?)'),
      r('round(?:ed)? down|whole[- ]dollars?|whole numbers?|\\.00|no cents|suspiciously round|look\\w* round'),
      r('(?:slightly|a bit|too) low'),
    ],
  },
};
