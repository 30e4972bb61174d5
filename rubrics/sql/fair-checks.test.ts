// Content test: every corrupted dataset a variant's checks are graded on changes data its tile actually reads, so a
// candidate is never asked to guard columns the dashboard does not use.
import { describe, expect, it } from 'vitest';
import { listSqlAnswerKeys } from './answer-keys';
import { getCorruption } from './corruptions';
import { sqlReferenceQuery } from './reference-answer';

describe('corruptions touch only what the tile reads', () => {
  for (const key of listSqlAnswerKeys()) {
    it(`${key.variantId}: every touched table and column appears in the reference query`, () => {
      const words = new Set(sqlReferenceQuery(key.variantId).toLowerCase().match(/[a-z_]+/g));
      for (const id of key.corruptionIds) {
        const corruption = getCorruption(id);
        expect(corruption.touches.length).toBeGreaterThan(0);
        const unread = corruption.touches.filter((tc) => {
          const [table, column] = tc.split('.') as [string, string];
          return !words.has(table) || !words.has(column);
        });
        expect({ id, unread }).toEqual({ id, unread: [] });
      }
    });
  }
});
