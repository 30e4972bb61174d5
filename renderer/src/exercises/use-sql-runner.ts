// Renderer: one SQL worker per exercise screen, and the state of the last run (result or error).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseId } from '../../../electron/contract/exercise-ids';
import { SqlClient, type SqlRunOutcome } from '../workers/sql/sql-client';
import { useSessionState } from '../state/session-state';

export type RunnerStatus = 'starting' | 'ready' | 'running' | 'failed';

export function useSqlRunner(exerciseId: ExerciseId, setupSql: string) {
  const client = useRef<SqlClient | null>(null);
  const [status, setStatus] = useState<RunnerStatus>('starting');
  const [startError, setStartError] = useState<string | null>(null);
  const [last, setLast] = useState<SqlRunOutcome | null>(null);

  useEffect(() => {
    const c = new SqlClient(setupSql);
    client.current = c;
    c.start().then(
      () => setStatus('ready'),
      (e: unknown) => {
        setStatus('failed');
        setStartError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => c.dispose();
  }, [setupSql]);

  /** Runs `sql`; `purpose` labels the run in the session log (e.g. "query", "check:<id>"). */
  const run = useCallback(
    async (sql: string, purpose = 'query'): Promise<SqlRunOutcome | null> => {
      if (!client.current || !sql.trim()) return null;
      setStatus('running');
      const outcome = await client.current.run(sql);
      setStatus('ready');
      if (purpose === 'query') setLast(outcome);
      const first = outcome.ok ? outcome.results.at(-1) : undefined;
      useSessionState.getState().record({
        type: 'run',
        exerciseId,
        data: outcome.ok
          ? { purpose, ok: true, sql, rowCount: first?.rowCount ?? 0, columns: first?.columns ?? [], sampleRows: first?.rows.slice(0, 20) ?? [], ms: Math.round(outcome.ms) }
          : { purpose, ok: false, sql, error: outcome.message, stopped: outcome.stopped },
      });
      return outcome;
    },
    [exerciseId],
  );

  const reset = useCallback(async () => {
    setStatus('running');
    await client.current?.reset();
    setStatus('ready');
    useSessionState.getState().record({ type: 'run', exerciseId, data: { purpose: 'reset-database', ok: true } });
  }, [exerciseId]);

  return { status, startError, last, run, reset };
}
