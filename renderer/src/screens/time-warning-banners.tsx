// Renderer: banners at 10 and 2 minutes left (overall and for the open exercise), announced to screen readers.
import { useState } from 'react';
import { warningLevel, warningText } from './time-warnings';
import './time-warnings.css';

interface Props {
  overallLeftMs: number;
  exercise: { id: string; title: string; leftMs: number } | null;
}

export function TimeWarningBanners({ overallLeftMs, exercise }: Props) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const overall = warningLevel(overallLeftMs);
  const own = exercise ? warningLevel(exercise.leftMs) : null;
  const warnings = [
    ...(overall ? [{ key: `overall-${overall}`, scope: 'overall' as const, text: warningText('overall', overall) }] : []),
    ...(exercise && own ? [{ key: `${exercise.id}-${own}`, scope: 'exercise' as const, text: warningText('exercise', own, exercise.title) }] : []),
  ].filter((w) => !dismissed.has(w.key));

  // The live region is always in the page, so a banner that appears in it is announced.
  return (
    <div className="time-warnings" aria-live="assertive" data-testid="time-warnings">
      {warnings.map((w) => (
        <div key={w.key} className="banner warning time-warning" data-testid="time-warning" data-scope={w.scope}>
          <span>{w.text}</span>
          <button type="button" className="link-button" onClick={() => setDismissed(new Set(dismissed).add(w.key))}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
