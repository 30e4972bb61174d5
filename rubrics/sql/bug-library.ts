// Host only: the seeded-bug catalogue — stable ids, titles for reviewers, and concepts to look for in explanations.

export type SqlBugId =
  | 'fanout'
  | 'left-join-where'
  | 'date-boundary'
  | 'timezone'
  | 'count-distinct'
  | 'not-in-null'
  | 'null-arithmetic'
  | 'integer-division';

export interface ExplanationConcept {
  label: string;
  /** Any one term matches the concept; terms are matched case-insensitively with light stemming. */
  terms: string[];
}

export interface SqlBugInfo {
  id: SqlBugId;
  title: string;
  /** Each concept is half of a full explanation score: what went wrong, and why / how it is fixed. */
  concepts: [ExplanationConcept, ExplanationConcept];
}

export const SQL_BUGS: Record<SqlBugId, SqlBugInfo> = {
  fanout: {
    id: 'fanout',
    title: 'Join fan-out counts an account once per subscription',
    concepts: [
      { label: 'the join multiplies rows', terms: ['fan out', 'fanout', 'duplicate', 'multiple rows', 'more than one row', 'one row per subscription', 'counted twice', 'double count', 'inflate', 'multipl'] },
      { label: 'count each account once', terms: ['distinct', 'exists', 'deduplicate', 'dedupe', 'one row per account', 'once per account', 'count once'] },
    ],
  },
  'left-join-where': {
    id: 'left-join-where',
    title: 'WHERE on a LEFT-joined table turns the outer join into an inner join',
    concepts: [
      { label: 'filter on the outer-joined table', terms: ['left join', 'outer join', 'inner join', 'on clause', 'join condition', 'where clause'] },
      { label: 'rows without matches vanish / must show zero', terms: ['missing', 'disappear', 'dropped', 'drop', 'excluded', 'filtered out', 'coalesce', 'ifnull', 'zero', 'no payments', 'no revenue'] },
    ],
  },
  'date-boundary': {
    id: 'date-boundary',
    title: 'BETWEEN with a date-only upper bound drops the last day of the month',
    concepts: [
      { label: 'the range end is wrong', terms: ['between', 'boundary', 'upper bound', 'end date', 'inclusive', 'exclusive', 'half open', 'last day', '31st', 'march 31', '31 march'] },
      { label: 'timestamps after midnight on that day', terms: ['midnight', 'timestamp', 'time of day', 'time part', 'after 00', 'string comparison', 'whole day', 'less than'] },
    ],
  },
  timezone: {
    id: 'timezone',
    title: 'Months bucketed in UTC instead of the reporting time zone',
    concepts: [
      { label: 'time zone mismatch', terms: ['time zone', 'timezone', 'utc', 'jst', 'tokyo time', 'offset', 'local time', '9 hours'] },
      { label: 'events land in the wrong month', terms: ['wrong month', 'month boundary', 'month end', 'next month', 'previous month', 'convert', 'shift', 'late evening', 'datetime'] },
    ],
  },
  'count-distinct': {
    id: 'count-distinct',
    title: 'COUNT of subscriptions instead of COUNT(DISTINCT account)',
    concepts: [
      { label: 'counts the wrong thing', terms: ['counts subscriptions', 'count subscription', 'subscriptions instead', 'add on', 'addon', 'more than one subscription', 'multiple subscriptions', 'counted twice', 'double count', 'duplicate'] },
      { label: 'count distinct accounts', terms: ['count distinct', 'distinct', 'unique accounts', 'once per account'] },
    ],
  },
  'not-in-null': {
    id: 'not-in-null',
    title: 'NOT IN over a subquery that returns NULL matches nothing',
    concepts: [
      { label: 'NOT IN with a NULL in the list', terms: ['not in'] },
      { label: 'NULL makes every comparison unknown', terms: ['null', 'unknown', 'three valued', 'not exists', 'is not null', 'manual invoice'] },
    ],
  },
  'null-arithmetic': {
    id: 'null-arithmetic',
    title: 'Missing months give NULL, and NULL arithmetic blanks the net change',
    concepts: [
      { label: 'NULL from the outer join', terms: ['null', 'blank', 'empty'] },
      { label: 'default to zero before doing arithmetic', terms: ['coalesce', 'ifnull', 'zero', 'arithmetic', 'subtract', 'minus', 'no activity'] },
    ],
  },
  'integer-division': {
    id: 'integer-division',
    title: 'Integer division truncates cents',
    concepts: [
      { label: 'integer division', terms: ['integer division', 'integer', 'truncate', 'whole dollar', 'rounded down', 'round down', 'floor'] },
      { label: 'divide as a decimal', terms: ['100.0', 'decimal', 'real', 'float', 'cast', 'cents', 'fraction'] },
    ],
  },
};
