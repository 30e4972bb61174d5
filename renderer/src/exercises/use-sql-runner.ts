// Renderer: one SQL worker per exercise screen, and the state of the last run (result or error).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseId } from '../../../contract/exercise-ids';
import { SqlClient, type SqlRunOutcome } from '../workers/sql/sql-client';
import { useSessionState } from '../state/session-state';

export type RunnerStatus = 'starting' | 'ready' | 'running' | 'failed';

function runEventData(purpose: string, sql: string, outcome: SqlRunOutcome): { startedBy: 'candidate'; purpose: string; ok: boolean } & Record<string, unknown> {
  // Every recorded run was started by the candidate (the app's own probes are not recorded at all).
  if (!outcome.ok) return { startedBy: 'candidate', purpose, ok: false, sql, error: outcome.message, stopped: outcome.stopped };
  const last = outcome.results.at(-1);
  return { startedBy: 'candidate', purpose, ok: true, sql, rowCount: last?.rowCount ?? 0, columns: last?.columns ?? [], sampleRows: last?.rows.slice(0, 20) ?? [], ms: Math.round(outcome.ms), databaseChanged: outcome.databaseChanged };
}

export function useSqlRunner(exerciseId: ExerciseId, setupSql: string) {
  const client = useRef<SqlClient | null>(null);
  const [status, setStatus] = useState<RunnerStatus>('starting');
  const [startError, setStartError] = useState<string | null>(null);
  const [last, setLast] = useState<SqlRunOutcome | null>(null);
  const [databaseChanged, setDatabaseChanged] = useState(false);
  /** Bumped whenever the data may differ from before (a changing run, a reset): the schema browser recounts. */
  const [dataVersion, setDataVersion] = useState(0);

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

  /**
   * Runs `sql`. `purpose` labels the run in the session log ("query", "check:<id>", "scratch"); the main query's
   * outcome becomes `last` (the scratch console keeps its own). `record: false` is for the app's own probes (row counts), which are not the candidate's runs.
   */
  const run = useCallback(
    async (sql: string, purpose = 'query', record = true): Promise<SqlRunOutcome | null> => {
      if (!client.current || !sql.trim()) return null;
      setStatus('running');
      const outcome = await client.current.run(sql);
      setStatus('ready');
      if (purpose === 'query') setLast(outcome);
      if (record && outcome.ok && outcome.databaseChanged) {
        setDatabaseChanged(true);
        setDataVersion((v) => v + 1);
      }
      if (record) useSessionState.getState().record({ type: 'run', exerciseId, data: runEventData(purpose, sql, outcome) });
      return outcome;
    },
    [exerciseId],
  );

  const reset = useCallback(async () => {
    setStatus('running');
    await client.current?.reset();
    setStatus('ready');
    setDatabaseChanged(false);
    setDataVersion((v) => v + 1);
    useSessionState.getState().record({ type: 'run', exerciseId, data: { startedBy: 'candidate', purpose: 'reset-database', ok: true } });
  }, [exerciseId]);

  return { status, startError, last, run, reset, databaseChanged, dataVersion };
}
