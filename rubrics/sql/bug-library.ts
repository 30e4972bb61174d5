// Host only: the seeded-bug catalogue: stable ids and titles for reviewers (explanation vocabulary: explanation-vocabulary.ts).

export type SqlBugId =
  | 'fanout'
  | 'left-join-where'
  | 'date-boundary'
  | 'timezone'
  | 'count-distinct'
  | 'not-in-null'
  | 'null-arithmetic'
  | 'integer-division';

export interface SqlBugInfo {
  id: SqlBugId;
  title: string;
}

export const SQL_BUGS: Record<SqlBugId, SqlBugInfo> = {
  fanout: {
    id: 'fanout',
    title: 'Join fan-out counts an account once per subscription',
  },
  'left-join-where': {
    id: 'left-join-where',
    title: 'WHERE on a LEFT-joined table turns the outer join into an inner join',
  },
  'date-boundary': {
    id: 'date-boundary',
    title: 'BETWEEN with a date-only upper bound drops the last day of the month',
  },
  timezone: {
    id: 'timezone',
    title: 'Months bucketed in UTC instead of the reporting time zone',
  },
  'count-distinct': {
    id: 'count-distinct',
    title: 'COUNT of subscriptions instead of COUNT(DISTINCT account)',
  },
  'not-in-null': {
    id: 'not-in-null',
    title: 'NOT IN over a subquery that returns NULL matches nothing',
  },
  'null-arithmetic': {
    id: 'null-arithmetic',
    title: 'Missing months give NULL, and NULL arithmetic blanks the net change',
  },
  'integer-division': {
    id: 'integer-division',
    title: 'Integer division truncates cents',
  },
};
