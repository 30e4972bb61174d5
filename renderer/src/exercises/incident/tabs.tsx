// Renderer: a small accessible tab set (arrow keys move between tabs, as the WAI-ARIA tabs pattern describes).
import { useId, useRef, type ReactNode } from 'react';

export interface TabSpec {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

export function Tabs({ tabs, active, onChange, label, className }: { tabs: TabSpec[]; active: string; onChange(id: string): void; label: string; className?: string }) {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.find((t) => t.id === active) ?? tabs[0]!;
  const move = (delta: number) => {
    const i = tabs.findIndex((t) => t.id === current.id);
    const next = tabs[(i + delta + tabs.length) % tabs.length]!;
    onChange(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div className={`inc-tabs ${className ?? ''}`}>
      <div role="tablist" aria-label={label} className="inc-tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            className={t.id === current.id ? 'inc-tab active' : 'inc-tab'}
            onClick={() => onChange(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              if (e.key === 'ArrowLeft') move(-1);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${current.id}`} aria-labelledby={`${base}-tab-${current.id}`} className="inc-tabpanel" tabIndex={0}>
        {current.content}
      </div>
    </div>
  );
}
