// Host only: what a review comment has to say to name a seeded issue's concept. A concept matches when every group
// matches (each group is a set of alternatives) on words of its own, so "password" alone is not enough: it must come
// with why or where, and one word listed in two groups ("duplicates", "silently") does not satisfy both.
export interface Concept {
  conceptId: string;
  label: string;
  /** Regex sources, case-insensitive; all groups must match somewhere in the comment. */
  allOf: readonly (readonly string[])[];
}

const c = (conceptId: string, label: string, ...allOf: string[][]): Concept => ({ conceptId, label, allOf });

export const CONCEPTS = {
  secretInCode: c(
    'secret-in-code',
    'a credential committed in code or config',
    ['password', 'passwd', 'secret', 'token', 'credential', 'api[ -]?key', 'bearer'],
    ['hard[- ]?coded', 'in (the )?(code|repo|repository|config|file|git|source|dag)', 'plain ?text', 'committed', 'check(ed)? in', 'secrets? (manager|store|backend)', 'vault', 'env(ironment)?( var|iable)', 'airflow connection', '\\bconnection\\b', 'rotat', 'leak', 'exposed'],
  ),
  piiShared: c(
    'pii-shared',
    'personal data sent or exposed beyond need',
    ['pii', 'personal (data|info)', 'e-?mail', 'phone', 'full[_ ]name', 'recipient', 'gdpr', 'privacy', 'sensitive', 'customer (data|details)', 'contact details'],
    ['partner', 'export', 'shar', 'send', 'third[- ]?part', 'minimi[sz]', 'need', 'contract', 'dpa', 'agreement', 'consent', 'legal', 'drop', 'remov', 'mask', 'hash', 'pseudonym', 'outside'],
  ),
  piiLogged: c(
    'pii-logged',
    'personal data written to logs or loose files',
    ['\\blog', 'logger', 'logging', 'dump', 'json file', 'on disk', 'written to', 'file'],
    ['pii', 'personal', 'e-?mail', 'name', 'phone', 'sensitive', 'customer', 'contact', 'whole row', 'row'],
  ),
  selectStar: c(
    'select-star',
    'SELECT * instead of an explicit column list',
    ['select \\*', '\\*', 'all columns', 'star', 'explicit (column|list)', 'column list', 'name the columns', 'list the columns'],
    ['schema', 'column', 'drift', 'order', 'contract', 'explicit', 'perform', 'scan', 'cost', 'break', 'chang', 'rn\\b'],
  ),
  idempotency: c(
    'idempotency',
    're-runs and backfills must not duplicate rows',
    ['append', 'insert', 'duplicat', 're-?run', 'rerun', 'retr(y|ies)', 'backfill', 'twice', 'idempot'],
    ['duplicat', 'idempot', 'overwrite', 'delete', 'merge', 'upsert', 'replace', 'partition', 'twice', 'again', 'double'],
  ),
  logicalDate: c(
    'logical-date',
    'the run clock instead of the run\'s logical date or data interval',
    ['now\\(\\)', 'datetime\\.now', 'current_date', 'run time', 'wall[- ]?clock', 'today', 'system (date|time|clock)', 'when (it|the dag|the task) runs', 'time of the run'],
    ['logical[_ ]date', 'execution[_ ]date', 'data[_ ]interval', '\\bds\\b', 'backfill', 're-?run', 'retr(y|ies)', 'late', 'templat', '\\{\\{', 'context', 'gap', 'miss'],
  ),
  naiveDatetime: c('naive-datetime', 'a time-zone-naive timestamp', ['naive', 'time ?zone', '\\btz\\b', 'utc', 'local time', 'pendulum', 'dst']),
  retriesAlerting: c(
    'retries-alerting',
    'no retries, timeouts or alerting on failure',
    ['retr(y|ies)', 'alert', 'on_failure', 'notif', '\\bsla\\b', 'pag(e|ing) (someone|on-?call)', 'email_on_failure', 'timeout', 'monitor', 'on-?call'],
    ['\\b0\\b', 'zero', '\\bno\\b', 'none', 'missing', 'without', 'add', 'set', 'nobody', 'silent', 'transient', 'fail', 'hang', 'forever', 'never'],
  ),
  swallowedException: c(
    'swallowed-exception',
    'an exception swallowed so the task looks green',
    ['except', 'exception', 'error', 'catch', 'swallow', '\\bpass\\b', 'return \\[\\]', 'silent'],
    ['swallow', 'silent', 'hid', 'lost', 'ignor', '\\bpass\\b', 'green', 'success', 're-?raise', 'raise', 'log', 'nobody', 'empty', 'mask', 'fail'],
  ),
  unclearNames: c(
    'unclear-names',
    'names that do not say what things are',
    ['\\bname', 'naming', 'called', 'renam', 'descriptive', 'cryptic', '\\bproc\\b', 'do_it', 'res2', '\\blst\\b', '\\bx\\b', '\\bd\\b'],
    ['unclear', 'descriptive', 'renam', 'meaning', 'readab', 'hard to (read|follow|tell|understand)', 'confus', 'better name', 'clearer', 'what (it|they|this) (is|are|does|do|means)', 'intent'],
  ),
  missingTests: c('missing-tests', 'no tests for the new logic', ['test', 'pytest', 'coverage'], ['\\bno\\b', 'missing', 'add', 'without', 'none', 'write', 'cover', 'untested', 'any']),
  magicPath: c(
    'magic-path',
    'a hard-coded machine-specific path',
    ['path', '/home', '/tmp', '/opt', 'director', 'folder', 'hard[- ]?coded'],
    ['hard[- ]?coded', 'config', 'relative', '\\benv', 'variable', 'worker', 'machine', 'laptop', 'portable', 'exist', 'magic', 'shared', 'tempfile', 'dags folder', 'absolute', 'someone else', 'production'],
  ),
  pagination: c(
    'pagination',
    'only the first page of the API is read',
    ['page', 'paginat', 'next', '\\b200\\b', 'cursor', 'limit'],
    ['only', 'miss', 'first', '\\ball\\b', 'loop', 'next', 'more than', 'truncat', 'lose', 'drop'],
  ),
} as const satisfies Record<string, Concept>;

const compiled = new Map<Concept, RegExp[][]>();

type Span = readonly [start: number, end: number];

/** Where one group's alternatives match in the text. */
function spans(group: readonly RegExp[], text: string): Span[] {
  return group.flatMap((re) => [...text.matchAll(re)].map((m): Span => [m.index, m.index + m[0].length]));
}

/** Whether each group can take a match of its own, none overlapping another group's ("silently" is not both the
 *  error and what happened to it). */
function distinct(groups: Span[][], taken: Span[] = []): boolean {
  if (groups.length === 0) return true;
  const [first, ...rest] = groups;
  return first!.some((s) => !taken.some((t) => s[0] < t[1] && t[0] < s[1]) && distinct(rest, [...taken, s]));
}

export function conceptMatches(concept: Concept, text: string): boolean {
  let groups = compiled.get(concept);
  if (!groups) {
    groups = concept.allOf.map((g) => g.map((s) => new RegExp(s, 'gi')));
    compiled.set(concept, groups);
  }
  const found = groups.map((g) => spans(g, text));
  return found.every((f) => f.length > 0) && distinct(found);
}
