// Bench (Node): grading time per submission with the host-side rubrics (fresh SQLite copy / fresh interpreter each).
import { gradePythonAnswer, pythonReferenceAnswer } from '../../rubrics/python';
import { gradeSqlAnswer, sqlReferenceAnswer } from '../../rubrics/sql';
import { sqlSandboxOf } from '../../rubrics/sql/rubric';
import { openGradingResources } from '../../rubrics/grade-session';
import { median, quantile, type Figure } from './bench-kit';

export async function benchGrading(runs = 5): Promise<Figure[]> {
  const resources = openGradingResources();
  try {
    const sql: number[] = [];
    const python: number[] = [];
    await gradeSqlAnswer(sqlReferenceAnswer('revenue-by-plan'), 'revenue-by-plan', { sandbox: sqlSandboxOf(resources) });
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await gradeSqlAnswer(sqlReferenceAnswer('revenue-by-plan'), 'revenue-by-plan', { sandbox: sqlSandboxOf(resources) });
      sql.push(performance.now() - started);
    }
    const answer = pythonReferenceAnswer('orders-ingest', 'strong');
    await gradePythonAnswer(answer, 'orders-ingest');
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await gradePythonAnswer(answer, 'orders-ingest');
      python.push(performance.now() - started);
    }
    return [
      { name: 'Grade one SQL answer (visible + hidden + corrupted data)', median: median(sql), p95: quantile(sql, 0.95), unit: 'ms', runs },
      { name: 'Grade one Python submission (26 hidden tests, fresh interpreter)', median: median(python), p95: quantile(python, 0.95), unit: 'ms', runs },
    ];
  } finally {
    await resources.close();
  }
}
