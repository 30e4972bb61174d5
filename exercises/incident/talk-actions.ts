// Pure (all processes): the incident actions between people: escalating to on-call, status updates, questions.
import { parseClock } from './clock';
import type { PartyId } from './scenario-schema';
import { refuse, type Step, type StepContext } from './step';
import { correctBy } from './world-events';
import { offeredQuestions, QUESTION_MINUTES } from './views';

/** After this many escalations the on-call engineer pushes back: escalating everything is as unhelpful as never. */
export const ESCALATIONS_BEFORE_PUSHBACK = 2;

export function escalate({ scenario, state, at: start }: StepContext, message: string): Step {
  const r = scenario.reactions;
  const tooOften = state.escalations >= ESCALATIONS_BEFORE_PUSHBACK;
  const tooEarly = !state.facts.includes('failure-seen');
  const reply = tooOften ? r.seniorTooOften : tooEarly ? r.seniorTooEarly : r.seniorApproves;
  const oncall = scenario.people['on-call'];
  return {
    minutes: 10,
    tone: tooOften || tooEarly ? 'warn' : 'good',
    summary: `Escalated to ${oncall.name} (on call): ${tooOften ? 'asked not to escalate every step' : tooEarly ? 'sent back to gather evidence first' : 'agreed with the plan'}.`,
    apply: (s, at) => ({
      ...s,
      escalations: s.escalations + 1,
      approvedAt: !tooOften && !tooEarly && s.approvedAt === null ? at : s.approvedAt,
      messages: [
        ...s.messages,
        { at: start, from: 'you', to: 'on-call', kind: 'escalation', text: message },
        { at, from: 'on-call', kind: 'answer', text: reply },
      ],
    }),
  };
}

export function postUpdate({ scenario, state, at: start }: StepContext, message: string, impact: string, eta: string, nextUpdate: string): Step {
  const r = scenario.reactions;
  const hasImpact = impact.trim().length > 0;
  const reply = correctBy(state, start) ? r.ackResolved : !eta ? r.ackMissingEta : !hasImpact ? r.ackMissingImpact : r.ackWithPlan;
  return {
    minutes: 4,
    tone: 'info',
    summary: `Posted a status update to ${scenario.people.stakeholder.name}${eta ? ` (ETA ${eta}` : ' (no ETA'}${nextUpdate ? `, next update ${nextUpdate})` : ', no next-update time)'}.`,
    apply: (s, at) => ({
      ...s,
      updates: [...s.updates, { at, eta: eta ? parseClock(eta) : null, nextUpdate: nextUpdate ? parseClock(nextUpdate) : null, hasImpact }],
      messages: [
        ...s.messages,
        { at, from: 'you', to: 'stakeholder', kind: 'update', text: message, update: { impact, eta, nextUpdate } },
        { at, from: 'stakeholder', kind: 'message', text: reply },
      ],
    }),
  };
}

export function askQuestion({ scenario, state, at: start }: StepContext, to: PartyId, questionId: string | undefined, text: string | undefined): Step {
  const person = scenario.people[to];
  if (questionId) {
    const q = offeredQuestions(scenario, state, to).find((x) => x.questionId === questionId);
    if (!q) return refuse(`That question is not one you can ask ${person.name} yet.`);
    return {
      minutes: QUESTION_MINUTES[to],
      tone: 'info',
      summary: `Asked ${person.name}: "${q.text}"`,
      apply: (s, at) => ({
        ...s,
        askedQuestions: s.askedQuestions.includes(q.questionId) ? s.askedQuestions : [...s.askedQuestions, q.questionId],
        messages: [...s.messages, { at: start, from: 'you', to, kind: 'question', text: q.text }, { at, from: to, kind: 'answer', text: q.answer }],
      }),
    };
  }
  if (!text) return refuse('Pick a question or write your own.');
  return {
    minutes: 2,
    tone: 'info',
    summary: `Asked ${person.name} a question of your own: no answer yet.`,
    apply: (s, at) => ({
      ...s,
      messages: [...s.messages, { at: start, from: 'you', to, kind: 'question', text }, { at, from: to, kind: 'answer', text: scenario.reactions.noAnswerYet }],
    }),
  };
}
