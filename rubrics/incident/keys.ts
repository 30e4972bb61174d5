// Host only: the grading notes per scenario: which fixes are right, which are risky, what prevention must cover.
// Kept out of exercises/incident/ (which ships to candidates) because it says which choices score.
import type { IncidentActionKind } from '../../exercises/incident/actions';

export interface PreventionClass {
  label: string;
  /** Any one matching counts; case-insensitive, tolerant of wording. */
  patterns: RegExp[];
  /** Also counts: every group matching somewhere in one sentence (a check, what it measures, what it compares with). */
  together?: RegExp[][];
}

export interface IncidentKey {
  scenarioId: string;
  correctFixIds: readonly string[];
  /** Right data, but too slow for the deadline or bigger than the incident needs. */
  slowFixIds: readonly string[];
  secretInCodeFixIds: readonly string[];
  personalCredentialFixIds: readonly string[];
  /** The step a junior engineer should take to the on-call senior first. */
  highRiskKinds: readonly IncidentActionKind[];
  /** Questions that pin down a metric's business definition. */
  definitionQuestionIds: readonly string[];
  /** The root-cause class (most of the credit) and a detection guard (the rest). */
  prevention: { rootCause: PreventionClass; detection: PreventionClass };
}

export const INCIDENT_KEYS: readonly IncidentKey[] = [
  {
    scenarioId: 'orders-amount-rename',
    correctFixIds: ['map-cents-to-euros'],
    slowFixIds: ['ask-upstream-restore'],
    secretInCodeFixIds: [],
    personalCredentialFixIds: [],
    highRiskKinds: ['apply-fix'],
    definitionQuestionIds: ['revenue-definition', 'cents-semantics'],
    prevention: {
      rootCause: {
        label: 'a schema contract or drift check between the orders service and the load (caught before it breaks or corrupts)',
        // A contract, a drift check, or a comparison of what arrives with the expected columns before loading.
        patterns: [/contract/i, /schema (drift|change|check|validation|test|registry|diff|comparison)/i, /\bdrift/i, /breaking change/i, /column (check|rename)/i, /\b(validat|check|compar|diff|test)\w*\b.{0,40}\b(schema|columns?|table definition)\b/i, /\b(schema|columns?)\b.{0,30}\b(check|validat|compar|diff|test)/i],
      },
      detection: {
        label: 'reconciliation, range or freshness checks that would catch wrong units, duplicates or late data',
        patterns: [/reconcil/i, /row count/i, /range (check|alert|test)/i, /(outside|out of|expected|usual|normal|plausib\w*|sanity)\b.{0,20}\brange\b/i, /anomal/i, /freshness/i, /\bSLA\b/i, /volume/i, /\b(compar\w*|check\w*|match\w*|reconcil\w*|vs|versus|against)\b.{0,40}\bsource\b/i, /idempot/i],        // A check of the numbers against an expectation: "alert when revenue is 100 times the usual", "totals vs last week".
        together: [
          [/\b(check|test|alert|alarm|monitor|assert|expectation|validat|compar|notif)\w*/i],
          [/\b(revenue|totals?|sums?|row|rows|counts?|volumes?|values?|numbers|amounts?)\b/i],
          [/\b(against|versus|vs|within|usual|normal|expected|typical|average|last (week|day|month)|previous|upstream|source|orders (db|database|service))\b|%|\d+ ?(x|times)\b/i],
        ],

      },
    },
  },
  {
    scenarioId: 'billing-credential-rotation',
    correctFixIds: ['connection-from-secret-manager'],
    slowFixIds: ['rollback-rotation'],
    secretInCodeFixIds: ['paste-password-in-dag'],
    personalCredentialFixIds: ['personal-login'],
    highRiskKinds: ['apply-fix'],
    definitionQuestionIds: ['revenue-definition'],
    prevention: {
      rootCause: {
        label: 'every connection reads its credential from the secret manager, so a rotation needs no change',
        // The secret manager itself: "rotate" alone is not the class ("rotate less often", "ask before rotating").
        patterns: [/secrets? ?(manager|backend|store)/i, /vault/i, /parameter store/i],
      },
      detection: {
        label: 'an alert or check that catches authentication failures or stale data early (freshness SLA, auth-failure alert, runbook)',
        patterns: [/alert/i, /alarm/i, /notif(y|ies|ication)/i, /stale/i, /freshness/i, /\bSLA\b/i, /monitor/i, /runbook/i, /authenticat/i, /\b(alert|warn|check|monitor|notif)\w*\b.{0,40}\bexpir|\bexpir\w*\b.{0,30}\b(alert|warn|check|monitor|notif)/i],
      },
    },
  },
];

export function incidentKey(scenarioId: string): IncidentKey {
  const key = INCIDENT_KEYS.find((k) => k.scenarioId === scenarioId);
  if (!key) throw new Error(`No grading notes for incident scenario "${scenarioId}"`);
  return key;
}
