// Unit test: the SQL execution contract: how the candidate's text splits into statements and which one runs.
import { describe, expect, it } from 'vitest';
import { extraStatementsWarning, splitSqlStatements, statementToRun } from './sql-execution';

const texts = (sql: string) => splitSqlStatements(sql).map((s) => s.text.trim().replace(/;$/, '').trim());

describe('SQL execution contract', () => {
  it('runs the first statement only, so a correct query after SELECT 1; is not what runs', () => {
    const run = statementToRun('SELECT 1;\nSELECT plan, SUM(amount) FROM payments GROUP BY plan;');
    expect(run.statement?.text.trim()).toBe('SELECT 1;');
    expect(run.ignored.map((s) => s.text.trim())).toEqual(['SELECT plan, SUM(amount) FROM payments GROUP BY plan;']);
  });

  it('does not split inside string literals, quoted identifiers or comments', () => {
    const sql = [
      "SELECT 'a;b', \"odd;name\", `x;y`, [z;w] FROM t -- trailing; comment",
      "WHERE note = 'it''s; fine' /* block; comment */;",
      'SELECT 2',
    ].join('\n');
    expect(texts(sql)).toEqual([
      "SELECT 'a;b', \"odd;name\", `x;y`, [z;w] FROM t -- trailing; comment\nWHERE note = 'it''s; fine' /* block; comment */",
      'SELECT 2',
    ]);
  });

  it('ignores empty pieces: trailing semicolons, blank lines and comment-only statements', () => {
    expect(texts('-- header comment\n;;\nSELECT 1;\n  ;\n/* done */\n')).toEqual(['SELECT 1']);
    expect(statementToRun('-- nothing here\n').statement).toBeNull();
  });

  it('keeps offsets into the original text so errors map to the editor', () => {
    const sql = '-- intro\nSELECT 1;\nSELECT 2';
    const [first, second] = splitSqlStatements(sql);
    expect(sql.slice(first!.start, first!.end)).toBe(first!.text);
    expect(sql.slice(second!.start)).toBe('\nSELECT 2');
  });

  it('keeps the terminating semicolon, so SQLite reports an error in the statement as it would in the whole text', async () => {
    const { default: initSqlJs } = await import('sql.js');
    const db = new (await initSqlJs()).Database();
    const error = (sql: string) => {
      try {
        db.exec(sql);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    const text = 'SELECT 1 WHERE;\nSELECT 2;';
    expect(error(statementToRun(text).statement!.text)).toBe(error(text));
    expect(error(text)).toMatch(/near ";": syntax error/);
    db.close();
  });

  it('warns, naming the count, only when more than one statement is present', () => {
    expect(extraStatementsWarning('SELECT 1;')).toBeNull();
    expect(extraStatementsWarning('SELECT 1; -- a comment after is fine')).toBeNull();
    expect(extraStatementsWarning('SELECT 1; SELECT 2; SELECT 3')).toMatch(/holds 3 statements\. Only the first one runs/);
  });
});

describe('statement splitting agrees with SQLite\u2019s own parser', () => {
  const samples = [
    'SELECT 1; SELECT 2',
    "SELECT ';' AS semi; SELECT 2",
    'SELECT "a;b" FROM (SELECT 1 AS "a;b"); SELECT 3',
    '-- lead; comment\nSELECT 1 /* ; */ ; SELECT 2',
    'WITH t AS (SELECT 1 AS x) SELECT x FROM t;\n\n;\nSELECT 4',
    "SELECT 'it''s' ; SELECT 5",
    'SELECT [odd;col] FROM (SELECT 1 AS [odd;col])',
    '  \n;  SELECT 6 ;',
  ];
  it.each(samples)('%j', async (sql) => {
    const { default: initSqlJs } = await import('sql.js');
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    try {
      const sqlite: string[] = [];
      for (const stmt of db.iterateStatements(sql)) {
        // sql.js hands back empty statements' semicolons as a prefix of the next statement; SQLite skips them.
        sqlite.push(stmt.getSQL().replace(/^[\s;]+/, '').replace(/;\s*$/, '').trim());
        stmt.free();
      }
      expect(texts(sql)).toEqual(sqlite);
    } finally {
      db.close();
    }
  });
});
