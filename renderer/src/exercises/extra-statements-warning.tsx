// Renderer: the warning under a SQL editor that holds more than one statement: only the first runs, here and when
// graded (the SQL execution contract), so a correct query after `SELECT 1;` would not count.
import { extraStatementsWarning } from '../../../exercises/sql/sql-execution';

export function ExtraStatementsWarning({ sql, testId = 'extra-statements-warning' }: { sql: string; testId?: string }) {
  const warning = extraStatementsWarning(sql);
  if (!warning) return null;
  return (
    <p className="banner warning small-text" role="status" data-testid={testId}>
      {warning}
    </p>
  );
}
