// Renderer: pure helpers for replay: what each editor held at a given event, and where the runs are.
import type { Session, SessionEvent } from '../../../../contract/session';
import { PRACTICE_CONTENT } from '../../../../exercises/practice/practice-content';
import { getPythonVariant } from '../../../../exercises/python/python-variants';
import { getSqlVariant, sqlStarterAnswer } from '../../../../exercises/sql';

/** What the candidate's editors held before their first edit: the exercise's starter. */
function starterAnswer(session: Session, exerciseId: string): unknown {
  const variantId = session.plan.exercises.find((e) => e.exerciseId === exerciseId)?.variantId ?? '';
  if (exerciseId === 'sql') return sqlStarterAnswer(getSqlVariant(variantId));
  if (exerciseId === 'python') return { source: getPythonVariant(variantId).starterSource };
  if (exerciseId === 'practice') return { query: PRACTICE_CONTENT.starterQuery };
  return null;
}

/** The answer of `exerciseId` as last saved at or before event index `upTo` (the starter before the first save). */
export function answerAt(session: Session, exerciseId: string, upTo: number): unknown {
  for (let i = Math.min(upTo, session.events.length - 1); i >= 0; i--) {
    const e = session.events[i]!;
    if (e.type === 'autosave' && e.exerciseId === exerciseId) return (e.data as { answer?: unknown }).answer ?? null;
  }
  return starterAnswer(session, exerciseId);
}

export interface RunMarker {
  index: number;
  event: SessionEvent;
  ok: boolean;
  label: string;
}

export function runMarkers(session: Session): RunMarker[] {
  return session.events.flatMap((event, index) => {
    if (event.type !== 'run') return [];
    const d = event.data as { purpose?: string; ok?: boolean; rowCount?: number; error?: string; counts?: { passed: number; total: number } };
    if (d.purpose === 'row-count') return [];
    const label = d.counts
      ? `${event.exerciseId} tests: ${d.counts.passed}/${d.counts.total} passed`
      : d.ok
        ? `${event.exerciseId} ${d.purpose ?? 'run'}: ${d.rowCount ?? 0} rows`
        : `${event.exerciseId} ${d.purpose ?? 'run'}: ${d.error ?? 'failed'}`;
    return [{ index, event, ok: d.ok === true, label }];
  });
}

export function offsetLabel(session: Session, index: number): string {
  const start = Date.parse(session.events[0]?.at ?? session.createdAt);
  const at = Date.parse(session.events[index]?.at ?? session.createdAt);
  const s = Math.max(0, Math.round((at - start) / 1000));
  return `+${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
