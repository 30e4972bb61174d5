// Content tests (Node): every SQL variant is valid, its dataset builds in sql.js, and the broken query runs on it.
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqlAnswerSchema } from './answer';
import { generateBillingData } from './dataset';
import { SQL_SCHEMA } from './schema';
import { buildSqlDatabaseScript } from './sql-script';
import { sqlStarterAnswer } from './starter';
import { getSqlVariant, listSqlVariants, loadSqlVariants, SQL_VARIANT_IDS } from './variants';

const require = createRequire(import.meta.url);
let SQL: Awaited<ReturnType<typeof initSqlJs>>;

beforeAll(async () => {
  const wasm = require.resolve('sql.js/dist/sql-wasm.wasm');
  SQL = await initSqlJs({ locateFile: () => wasm });
});

describe('SQL variants', () => {
  it('lists every registered variant id, each valid', () => {
    expect(listSqlVariants().map((v) => v.id)).toEqual([...SQL_VARIANT_IDS]);
  });

  it('rejects an invalid variant with a message naming it', () => {
    const broken = { ...getSqlVariant('revenue-by-plan'), id: 'bad-tile', tile: { title: 'x', description: 'y', chart: 'pie', columns: [] } };
    expect(() => loadSqlVariants([broken])).toThrow(/bad-tile is invalid/);
  });

  it('rejects duplicate ids and unknown ids clearly', () => {
    const v = getSqlVariant('churn-by-month');
    expect(() => loadSqlVariants([v, v])).toThrow(/used twice/);
    expect(() => getSqlVariant('nope')).toThrow(/Unknown SQL variant "nope"/);
  });

  for (const variant of listSqlVariants()) {
    describe(variant.id, () => {
      it('says in the prompt whether row order matters', () => {
        expect(variant.prompt).toMatch(variant.resultOrderMatters ? /order matters/i : /order does not matter/i);
      });

      it('builds its dataset deterministically, with a few thousand rows', () => {
        expect(buildSqlDatabaseScript(variant.dataset)).toBe(buildSqlDatabaseScript(variant.dataset));
        const data = generateBillingData(variant.dataset);
        const total = Object.values(data).reduce((n, rows) => n + rows.length, 0);
        expect(total).toBeGreaterThan(3000);
      });

      it('loads in sql.js with the columns the schema browser lists, and the broken query returns the tile columns', () => {
        const db = new SQL.Database();
        db.exec(buildSqlDatabaseScript(variant.dataset));
        for (const table of SQL_SCHEMA) {
          const cols = db.exec(`PRAGMA table_info(${table.name})`)[0]!.values.map((r) => r[1]);
          expect(cols).toEqual(table.columns.map((c) => c.name));
          expect(db.exec(`SELECT COUNT(*) FROM ${table.name}`)[0]!.values[0]![0]).toBeGreaterThan(0);
        }
        const stmt = db.prepare(variant.brokenQuery);
        expect(stmt.getColumnNames()).toEqual(variant.tile.columns.map((c) => c.name));
        stmt.free();
        db.close();
      });

      it('starts the candidate from the broken query, an empty explanation and one example check', () => {
        const starter = sqlStarterAnswer(variant);
        expect(SqlAnswerSchema.parse(starter)).toEqual(starter);
        expect(starter.query).toBe(variant.brokenQuery);
        expect(starter.explanation).toBe('');
        expect(starter.checks).toHaveLength(1);
      });
    });
  }
});
