// Bench (Node): grading time per submission in the grading sandbox (Deno processes: a fresh SQLite copy per query, a
// fresh interpreter per Python submission), and what the first grading pays to start the sandbox.
import { gradePythonAnswer, pythonReferenceAnswer } from '../../rubrics/python';
import { pythonRuntimeOf } from '../../rubrics/python/rubric';
import { gradeSqlAnswer, sqlReferenceAnswer } from '../../rubrics/sql';
import { sqlSandboxOf } from '../../rubrics/sql/rubric';
import { openGradingResources } from '../../rubrics/grade-session';
import { median, quantile, type Figure } from './bench-kit';

export async function benchGrading(runs = 5): Promise<Figure[]> {
  const resources = openGradingResources();
  try {
    const sql: number[] = [];
    const python: number[] = [];
    const grade = () => gradeSqlAnswer(sqlReferenceAnswer('revenue-by-plan'), 'revenue-by-plan', { sandbox: sqlSandboxOf(resources) });
    let started = performance.now();
    await grade();
    const sqlCold = performance.now() - started;
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      await grade();
      sql.push(performance.now() - started);
    }
    const answer = pythonReferenceAnswer('orders-ingest', 'strong');
    const runtime = pythonRuntimeOf(resources);
    started = performance.now();
    await gradePythonAnswer(answer, 'orders-ingest', { runtime });
    const pythonCold = performance.now() - started;
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      await gradePythonAnswer(answer, 'orders-ingest', { runtime });
      python.push(performance.now() - started);
    }
    return [
      { name: 'Grade one SQL answer (visible + hidden + corrupted data)', median: median(sql), p95: quantile(sql, 0.95), unit: 'ms', runs },
      { name: 'Grade one Python submission (public + 26 hidden scenarios)', median: median(python), p95: quantile(python, 0.95), unit: 'ms', runs },
      { name: '  first SQL grading (starts the SQL sandbox)', median: sqlCold, unit: 'ms', runs: 1 },
      { name: '  first Python grading (starts Deno, makes the snapshot)', median: pythonCold, unit: 'ms', runs: 1 },
    ];
  } finally {
    await resources.close();
  }
}
