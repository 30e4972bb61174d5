// Host only: how a review comment or reply reads: does it name the risk, suggest a fix, ask rather than blame,
// stay civil. Each signal keeps the phrase that triggered it, so a reviewer can check the evidence.

export interface ToneReading {
  namesRisk: string | null;
  suggestsFix: string | null;
  collaborative: string | null;
  blame: string | null;
  insult: string | null;
  /** 0..1: a third for each of risk, fix and collaboration; blame costs a third; an insult scores 0. */
  score: number;
}

// A modal verb names a consequence only when it is not the polite "could we" of a suggestion.
const RISK = /\b((could|would|might|may|will)(?!\s+(we|you|i|us)\b)|risk\w*|break\w*|leak\w*|expos\w*|duplicat\w*|lose|lost|loses|miss\w*|fail\w*|wrong|stale|silent\w*|anyone|attacker|breach|harder|hard to|readable|confus\w*|slow\w*|cost\w*|because|otherwise|means|so that|if (it|the|a|we|this)|nobody|never)\b/i;
const FIX = /\b(instead|consider|suggest\w*|use|using|move|replace|add|switch|prefer|could we|can we|how about|what about|recommend|let's|should|rather|e\.g\.|for example|drop|remove|rename|wrap|pass|read it from|rotate|raise|list)\b/i;
const COLLAB = /(\?|\b(we|us|our|let's|could we|can we|what do you think|wdyt|maybe|perhaps|i think|i'd|i would|happy to|thanks|nice)\b)/i;
const BLAME = /\b(you always|you never|why would you|did you even|obviously|seriously|how could you|clearly you|who wrote this|no idea what|rookie)\b/i;
const INSULT = /\b(stupid|idiot\w*|lazy|sloppy|terrible|awful|garbage|trash|rubbish|dumb|incompetent|ridiculous|nonsense|wtf|useless|careless|amateur\w*|clueless|horrible|moron\w*|pathetic)\b/i;

const hit = (re: RegExp, text: string): string | null => re.exec(text)?.[0] ?? null;

export function readTone(text: string): ToneReading {
  const reading = {
    namesRisk: hit(RISK, text),
    suggestsFix: hit(FIX, text),
    collaborative: hit(COLLAB, text),
    blame: hit(BLAME, text),
    insult: hit(INSULT, text),
  };
  const base = [reading.namesRisk, reading.suggestsFix, reading.collaborative].filter(Boolean).length / 3;
  const score = reading.insult ? 0 : Math.max(0, base - (reading.blame ? 1 / 3 : 0));
  return { ...reading, score };
}

export interface ReplyReading {
  holdsLine: string | null;
  concedes: string | null;
  acknowledges: string | null;
  defensive: string | null;
  substantive: string | null;
  insult: string | null;
}

const HOLD = /\b(still|even (in|for|on) staging|even if|even though|shouldn't|should not|can't|cannot|must|need to|needs to|has to|have to|rotat\w*|secrets? (manager|store|backend)|vault|connection|env(ironment)? var\w*|git history|history|leak\w*|anyone with|not safe|risk\w*|block\w*|before (we|it) merge|before merg\w*|not (ok|okay|fine))\b/i;
const CONCEDE = /\b(ok(ay)?,? (fine|then|leave|let's leave)|fine,? (leave|keep)|leave it|keep it (for now|there)|no problem|no worries|fair enough|sounds good|approv\w*|lgtm|go ahead|ship it|merge it|not a big deal|that's fine|that is fine|you're right|you are right|agreed|sure)\b/i;
const ACK = /\b(good point|fair|you're right|you are right|makes sense|agreed|thanks|thank you|didn't (know|realise|realize|see|notice|think)|i missed|missed that|ok|okay|happy (with|to)|follow-?up|works for me|sounds good|my bad|true|good to know|i see|that works)\b/i;
const DEFENSIVE = /\b(as i (said|wrote)|i already said|still wrong|doesn't matter|whatever|not my problem|just do (it|what)|read (my|the) comment|i'm not going to)\b/i;
const SUBSTANCE = /(\b(delete|merge|upsert|mock|fixture|test\w*|partition|idempot\w*|start with|first|assert|parametri[sz]e|pytest|responses|sample|page|retry|retries|timeout)\b|\d)/i;

export function readReply(text: string): ReplyReading {
  return {
    holdsLine: hit(HOLD, text),
    concedes: hit(CONCEDE, text),
    acknowledges: hit(ACK, text),
    defensive: hit(DEFENSIVE, text),
    substantive: hit(SUBSTANCE, text),
    insult: hit(INSULT, text),
  };
}
