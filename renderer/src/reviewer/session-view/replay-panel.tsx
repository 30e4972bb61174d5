// Renderer: replay: a timeline over the event log with play/step controls, each exercise as it was at that moment
// (its own replay view, or its saved answer), and every run marked with its result.
import { Suspense, useEffect, useMemo, useState } from 'react';
import { exerciseTitle, findExerciseDefinition } from '../../../../assessment/exercise-registry';
import type { Session } from '../../../../contract/session';
import { AnswerReplay } from '../../exercises/answer-replay';
import { findExercisePart } from '../../exercises/registry';
import { offsetLabel, runMarkers } from './replay-model';

export function ReplayPanel({ session }: { session: Session }) {
  const last = Math.max(0, session.events.length - 1);
  const [index, setIndex] = useState(last);
  const [playing, setPlaying] = useState(false);
  // Every planned exercise this version knows can be replayed; the scored ones come first in the tab choice.
  const exercises = session.plan.exercises.filter((e) => findExerciseDefinition(e.exerciseId));
  const [exerciseId, setExerciseId] = useState(exercises.find((e) => findExerciseDefinition(e.exerciseId)?.scored)?.exerciseId ?? exercises[0]?.exerciseId);
  const markers = useMemo(() => runMarkers(session), [session]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => setIndex((i) => (i >= last ? (setPlaying(false), i) : i + 1)), 600);
    return () => clearInterval(id);
  }, [playing, last]);

  const event = session.events[index];
  const planned = exercises.find((e) => e.exerciseId === exerciseId);
  const exerciseEvents = useMemo(() => session.events.filter((e) => e.exerciseId === exerciseId), [session, exerciseId]);
  const ExerciseReplay = planned ? findExercisePart(planned.exerciseId)?.Replay : undefined;
  const replayProps = { variantId: planned?.variantId ?? '', events: exerciseEvents, atSeq: event?.seq ?? -1 };

  return (
    <div className="replay" data-testid="replay">
      <div className="replay-controls">
        <button type="button" className="secondary small" onClick={() => setIndex(0)} aria-label="Go to the start">Start</button>
        <button type="button" className="secondary small" onClick={() => setIndex((i) => Math.max(0, i - 1))} aria-label="Step back">◀</button>
        <button type="button" className="primary small" onClick={() => setPlaying((p) => !p)} data-testid="replay-play">{playing ? 'Pause' : 'Play'}</button>
        <button type="button" className="secondary small" onClick={() => setIndex((i) => Math.min(last, i + 1))} aria-label="Step forward">▶</button>
        <label htmlFor="replay-slider" className="visually-hidden">Moment in the session</label>
        <input id="replay-slider" type="range" min={0} max={last} value={index} onChange={(e) => setIndex(Number(e.target.value))} data-testid="replay-slider" />
        <span className="mono" data-testid="replay-position">
          {offsetLabel(session, index)} · event {index + 1} of {last + 1}
        </span>
      </div>
      <ol className="run-markers" aria-label="Runs on the timeline">
        {markers.map((m) => (
          <li key={m.index}>
            <button type="button" className={`marker ${m.ok ? 'ok' : 'bad'} ${m.index === index ? 'current' : ''}`} onClick={() => { setIndex(m.index); if (m.event.exerciseId) setExerciseId(m.event.exerciseId); }} title={m.label} data-testid="run-marker">
              {offsetLabel(session, m.index)} {m.label}
            </button>
          </li>
        ))}
      </ol>
      {event && (
        <div className="replay-event" data-testid="replay-event">
          <strong>{event.type}</strong> {event.exerciseId && `· ${exerciseTitle(event.exerciseId)}`} · {new Date(event.at).toLocaleTimeString()}
          {event.type === 'run' && <RunDetail data={event.data} />}
          {event.type === 'paste' && <span> · pasted {String(event.data.chars ?? '?')} characters</span>}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="Exercise to replay">
        {exercises.map((e) => (
          <button key={e.exerciseId} type="button" role="tab" aria-selected={exerciseId === e.exerciseId} className={exerciseId === e.exerciseId ? 'tab-light active' : 'tab-light'} onClick={() => setExerciseId(e.exerciseId)}>
            {exerciseTitle(e.exerciseId)}
          </button>
        ))}
      </div>
      {!planned ? (
        <p className="muted">No exercise of this session can be replayed in this version of the app.</p>
      ) : ExerciseReplay ? (
        <Suspense fallback={<div className="editor-loading">Loading the replay…</div>}>
          <ExerciseReplay key={planned.exerciseId} {...replayProps} />
        </Suspense>
      ) : (
        <AnswerReplay key={planned.exerciseId} exerciseId={planned.exerciseId} {...replayProps} />
      )}
    </div>
  );
}

function RunDetail({ data }: { data: Record<string, unknown> }) {
  const d = data as { ok?: boolean; rowCount?: number; error?: string; columns?: string[]; sampleRows?: unknown[][]; counts?: { passed: number; total: number }; failing?: string[] };
  if (d.counts) return <span> · tests {d.counts.passed}/{d.counts.total} passed{d.failing?.length ? ` (failing: ${d.failing.join(', ')})` : ''}</span>;
  if (!d.ok) return <span className="bad"> · error: {d.error}</span>;
  if (d.rowCount === undefined) return <span> · ran</span>;
  return (
    <>
      <span> · {d.rowCount} rows</span>
      {d.columns && d.sampleRows && d.sampleRows.length > 0 && (
        <div className="table-scroll replay-rows">
          <table>
            <thead>
              <tr>{d.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>
              {d.sampleRows.slice(0, 8).map((r, i) => (
                <tr key={i}>{r.map((v, j) => <td key={j}>{v === null ? 'NULL' : String(v)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
