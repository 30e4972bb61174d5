// Renderer: pure helpers for replay: what an exercise's answer was at a moment, where the runs are, time offsets.
import { findExerciseDefinition } from '../../../../assessment/exercise-registry';
import { applyPatch, type PatchOp } from '../../../../contract/answer-patch';
import type { Session, SessionEvent } from '../../../../contract/session';

/**
 * The answer last autosaved at or before sequence number `atSeq` among `events` (one exercise's events), or
 * undefined when nothing was saved yet (the caller shows the starter).
 */
export function answerAtSeq(events: readonly SessionEvent[], atSeq: number): unknown {
  let answer: unknown;
  for (const e of events) {
    if (e.seq > atSeq) break;
    // Format 2 logs a patch against the answer before it; a legacy file logged the whole answer.
    if (e.type === 'autosave') answer = Array.isArray(e.data.patch) ? applyPatch(answer, e.data.patch as PatchOp[]) : (e.data as { answer?: unknown }).answer;
  }
  return answer;
}

export interface RunMarker {
  index: number;
  event: SessionEvent;
  ok: boolean;
  label: string;
}

/** What a run was, in the exercise's own words ("SQL query", "public test run"). */
function runName(exerciseId: string | undefined, purpose: string): string {
  const definition = exerciseId ? findExerciseDefinition(exerciseId) : undefined;
  return definition?.describeRunPurpose?.(purpose) ?? `${exerciseId ?? 'session'} ${purpose}`;
}

export function runMarkers(session: Session): RunMarker[] {
  return session.events.flatMap((event, index) => {
    if (event.type !== 'run') return [];
    const d = event.data as { purpose?: string; ok?: boolean; rowCount?: number; error?: string; counts?: { passed: number; total: number } };
    if (d.purpose === 'row-count') return [];
    const name = runName(event.exerciseId, d.purpose ?? 'run');
    const label = d.counts ? `${name}: ${d.counts.passed}/${d.counts.total} passed` : d.ok ? (d.rowCount === undefined ? `${name}: ok` : `${name}: ${d.rowCount} rows`) : `${name}: ${d.error ?? 'failed'}`;
    return [{ index, event, ok: d.ok === true, label }];
  });
}

export function offsetLabel(session: Session, index: number): string {
  const start = Date.parse(session.events[0]?.at ?? session.createdAt);
  const at = Date.parse(session.events[index]?.at ?? session.createdAt);
  const s = Math.max(0, Math.round((at - start) / 1000));
  return `+${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
