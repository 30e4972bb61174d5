// Content tests (Node): what a reviewer sees for the reference, starter, hard-coded, partial and malformed answers.
import { afterAll, describe, expect, it } from 'vitest';
import type { SqlAnswer } from '../../exercises/sql/answer';
import { formatRow, type SqlCell } from '../../exercises/sql/compare-results';
import { sqlStarterAnswer } from '../../exercises/sql/starter';
import { getSqlVariant, listSqlVariants } from '../../exercises/sql/variants';
import type { ExerciseGrade } from '../../contract/scoring';
import { getSqlAnswerKey } from './answer-keys';
import { SQL_CRITERIA } from './criteria';
import { visibleDataset } from './datasets';
import { gradeSqlAnswer, sqlCriteriaForVariant } from './grade-sql';
import { referenceResult } from './grade-query';
import { sqlReferenceAnswer } from './reference-answer';
import { SqlSandbox } from './sql-sandbox';

const sandbox = new SqlSandbox();
afterAll(() => sandbox.close());

const score = (g: ExerciseGrade, id: string) => g.criteria.find((c) => c.criterionId === id)?.score;
const weight = (id: string) => SQL_CRITERIA.find((c) => c.criterionId === id)!.weight;

/** Weighted share of the query criteria, as the scorecard would count them. */
function queryCredit(g: ExerciseGrade): number {
  const q = g.criteria.filter((c) => c.criterionId.startsWith('sql.query.'));
  return q.reduce((s, c) => s + weight(c.criterionId) * (c.score ?? 0), 0) / q.reduce((s, c) => s + weight(c.criterionId), 0);
}

function literal(cell: SqlCell): string {
  return typeof cell === 'number' ? String(cell) : cell === null ? 'NULL' : `'${String(cell).replace(/'/g, "''")}'`;
}

for (const variant of listSqlVariants()) {
  const key = getSqlAnswerKey(variant.id);
  const bugIds = key.bugs.map((b) => b.bugId);

  describe(variant.id, () => {
    it('gives the reference answer full marks on every auto criterion, and leaves the rating to the reviewer', async () => {
      const g = await gradeSqlAnswer(sqlReferenceAnswer(variant.id), variant.id, { sandbox });
      expect(g.error).toBeUndefined();
      expect(g.criteria.map((c) => c.criterionId)).toEqual(sqlCriteriaForVariant(variant.id).map((c) => c.criterionId));
      for (const c of g.criteria) {
        if (c.source === 'auto') expect(c.score, c.criterionId).toBe(1);
        else expect(c.score).toBeNull();
      }
      expect(g.signals.map((s) => s.signalId)).toEqual(expect.arrayContaining(['sql.query.all-bugs-fixed', 'sql.checks.catch-all']));
      expect(g.signals.some((s) => s.kind !== 'strong')).toBe(false);
    });

    it('scores the starter answer at zero and notes it was not changed', async () => {
      const g = await gradeSqlAnswer(sqlStarterAnswer(variant), variant.id, { sandbox });
      for (const c of g.criteria) if (c.source === 'auto') expect(c.score, c.criterionId).toBe(0);
      expect(g.signals.map((s) => s.signalId)).toContain('sql.query.unchanged');
    });

    it('gives a hard-coded copy of the visible result almost nothing and raises a red flag', async () => {
      const visible = await referenceResult(sandbox, key, visibleDataset(variant.id));
      const cols = visible.columns;
      const hardCoded = visible.rows
        .map((row) => `SELECT ${row.map((cell, i) => `${literal(cell)} AS ${cols[i]}`).join(', ')}`)
        .join('\nUNION ALL\n');
      const g = await gradeSqlAnswer({ query: hardCoded, explanation: '', checks: [] }, variant.id, { sandbox });
      for (const bugId of bugIds) expect(score(g, `sql.query.bug.${bugId}`)).toBe(0);
      expect(queryCredit(g)).toBe(0);
      expect(g.signals.find((s) => s.signalId === 'sql.query.hard-coded')?.kind).toBe('red-flag');
      expect(formatRow(visible.rows[0]!)).toContain(String(visible.rows[0]![0]));
    });

    it('gives a query fixing exactly one bug its share of query credit', async () => {
      for (const bugId of bugIds) {
        const query = key.buildQuery(new Set([bugId]));
        const g = await gradeSqlAnswer({ query, explanation: '', checks: [] }, variant.id, { sandbox });
        expect(score(g, `sql.query.bug.${bugId}`)).toBe(1);
        const bugScores = bugIds.map((b) => score(g, `sql.query.bug.${b}`) ?? 0);
        expect(bugScores.reduce((a, b) => a + b, 0) / bugIds.length).toBeCloseTo(1 / bugIds.length, 5);
        expect(Math.abs(queryCredit(g) - 1 / bugIds.length)).toBeLessThan(0.1);
      }
    });
  });
}

describe('validation check grading', () => {
  const variantId = 'revenue-by-plan';

  it('gives no credit for a check that always fires, and flags it', async () => {
    const answer: SqlAnswer = {
      query: getSqlVariant(variantId).brokenQuery,
      explanation: '',
      checks: [{ checkId: 'noisy', name: 'All payments', sql: 'SELECT * FROM payments' }],
    };
    const g = await gradeSqlAnswer(answer, variantId, { sandbox });
    expect(score(g, 'sql.checks.coverage')).toBe(0);
    expect(score(g, 'sql.checks.precision')).toBe(0);
    expect(g.signals.map((s) => s.signalId)).toContain('sql.checks.always-fires');
  });

  it('credits a good check for the corruption it catches, and only that one', async () => {
    const answer: SqlAnswer = {
      query: getSqlVariant(variantId).brokenQuery,
      explanation: '',
      checks: [
        { checkId: 'neg', name: 'Negative payments', sql: 'SELECT payment_id FROM payments WHERE amount_cents < 0' },
        { checkId: 'broken', name: 'Typo', sql: 'SELECT * FROM paymnts' },
      ],
    };
    const g = await gradeSqlAnswer(answer, variantId, { sandbox });
    const coverage = g.criteria.find((c) => c.criterionId === 'sql.checks.coverage')!;
    expect(coverage.score).toBeCloseTo(1 / getSqlAnswerKey(variantId).corruptionIds.length, 5);
    expect(coverage.evidence.find((e) => e.passed)?.detail).toMatch(/negative amounts.*Caught by "Negative payments"/);
    expect(score(g, 'sql.checks.precision')).toBe(0.5);
  });
});

describe('check precision counts only false alarms', () => {
  it('does not mark down a quiet check that guards a problem no corrupted copy simulates', async () => {
    const answer: SqlAnswer = {
      query: 'SELECT 1',
      explanation: '',
      checks: [
        { checkId: 'neg', name: 'Negative payments', sql: 'SELECT payment_id FROM payments WHERE amount_cents < 0' },
        { checkId: 'method', name: 'Unknown payment method', sql: "SELECT payment_id FROM payments WHERE method NOT IN ('card', 'bank_transfer')" },
        { checkId: 'noisy', name: 'Failed payments', sql: "SELECT payment_id FROM payments WHERE status = 'failed'" },
      ],
    };
    const g = await gradeSqlAnswer(answer, 'revenue-by-plan', { sandbox });
    // Two of three are quiet on healthy data; only the one that fires there is a false alarm.
    expect(score(g, 'sql.checks.precision')).toBeCloseTo(2 / 3, 5);
  });
});

describe('destructive statements', () => {
  it('raises a red flag for a correct SELECT followed by a DELETE, and withholds "all bugs fixed"', async () => {
    const reference = sqlReferenceAnswer('revenue-by-plan');
    const answer: SqlAnswer = { ...reference, query: `${reference.query}\nDELETE FROM payments WHERE amount_cents <= 0;` };
    const g = await gradeSqlAnswer(answer, 'revenue-by-plan', { sandbox });
    const flag = g.signals.find((s) => s.signalId === 'sql.destructive-statement')!;
    expect(flag.kind).toBe('red-flag');
    expect(flag.evidence[0]).toMatchObject({ label: 'DELETE in the fixed query (statement 2 of 2)', detail: 'DELETE FROM payments WHERE amount_cents <= 0' });
    expect(g.signals.some((s) => s.signalId === 'sql.query.all-bugs-fixed')).toBe(false);
  });

  it('raises a red flag for a session run that changed the database', async () => {
    const events = [{ at: '2026-01-05T10:02:03.000Z', type: 'run', data: { purpose: 'query', ok: true, sql: 'UPDATE plans SET name = 1', databaseChanged: true } }];
    const g = await gradeSqlAnswer(sqlReferenceAnswer('revenue-by-plan'), 'revenue-by-plan', { sandbox, events });
    expect(g.signals.find((s) => s.signalId === 'sql.database-changed')?.evidence[0]?.detail).toBe('UPDATE plans SET name = 1');
    const clean = await gradeSqlAnswer(sqlReferenceAnswer('revenue-by-plan'), 'revenue-by-plan', { sandbox });
    expect(clean.signals.filter((s) => s.kind === 'red-flag')).toEqual([]);
  });
});

describe('explanations and bad input', () => {
  it('credits an explanation per bug only where a sentence ties cause to effect, and quotes that sentence', async () => {
    const answer: SqlAnswer = {
      query: 'SELECT 1',
      explanation:
        'The join to subscriptions duplicated accounts holding several paid subscriptions, so they were counted twice. ' +
        'Also: UTC, JST, offset, month boundary, null, coalesce, zero.',
      checks: [],
    };
    const g = await gradeSqlAnswer(answer, 'churn-by-month', { sandbox });
    const fanout = g.criteria.find((c) => c.criterionId === 'sql.explanation.bug.fanout')!;
    expect(fanout.score).toBe(1);
    expect(fanout.evidence[0]!.detail).toMatch(/^"The join to subscriptions duplicated accounts.*counted twice\."/);
    expect(score(g, 'sql.explanation.bug.timezone')).toBe(0);
    expect(score(g, 'sql.explanation.bug.null-arithmetic')).toBe(0);
  });

  it('returns an error grade with zero scores for a malformed answer instead of throwing', async () => {
    const g = await gradeSqlAnswer({ query: 42 } as unknown as SqlAnswer, 'revenue-by-plan', { sandbox });
    expect(g.error).toMatch(/malformed/);
    for (const c of g.criteria) expect(c.score === 0 || c.score === null).toBe(true);
    expect(g.criteria.length).toBeGreaterThan(3);
  });

  it('returns an error grade for an unknown variant', async () => {
    const g = await gradeSqlAnswer(sqlReferenceAnswer('churn-by-month'), 'no-such-variant', { sandbox });
    expect(g.error).toMatch(/no-such-variant/);
  });
});
