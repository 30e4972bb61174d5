// Renderer: output a Python run prints, shown as it arrives (batched to one repaint per frame) and kept after a stop.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Appends streamed text, merging runs of the same stream, so a print loop does not make thousands of nodes. */
export function appendChunk(chunks: OutputChunk[], stream: OutputChunk['stream'], text: string): OutputChunk[] {
  const last = chunks[chunks.length - 1];
  if (last?.stream === stream) return [...chunks.slice(0, -1), { stream, text: last.text + text }];
  return [...chunks, { stream, text }];
}

export function useLiveOutput(): { chunks: OutputChunk[]; push(stream: OutputChunk['stream'], text: string): void; reset(): void } {
  const [chunks, setChunks] = useState<OutputChunk[]>([]);
  const buffer = useRef<OutputChunk[]>([]);
  const frame = useRef<number | null>(null);
  const flush = useCallback(() => {
    frame.current = null;
    const pending = buffer.current;
    buffer.current = [];
    setChunks((current) => pending.reduce((acc, c) => appendChunk(acc, c.stream, c.text), current));
  }, []);
  const push = useCallback(
    (stream: OutputChunk['stream'], text: string) => {
      buffer.current.push({ stream, text });
      frame.current ??= requestAnimationFrame(flush);
    },
    [flush],
  );
  const reset = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    buffer.current = [];
    setChunks([]);
  }, []);
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);
  return { chunks, push, reset };
}

export function LiveOutput({ chunks, label }: { chunks: OutputChunk[]; label: string }) {
  if (chunks.length === 0) return null;
  return (
    <div className="console-text live-output" data-testid="python-live-output" aria-label={label} role="log" tabIndex={0}>
      {chunks.map((c, i) => (
        <span key={i} className={c.stream === 'stderr' ? 'stderr' : undefined}>
          {c.text}
        </span>
      ))}
    </div>
  );
}
