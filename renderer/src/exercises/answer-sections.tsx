// Renderer: an answer as the reviewer reads it: the sections an exercise's definition describes, code in read-only
// editors and text as text. Used by the Answers tab and by the default replay.
import { lazy, Suspense } from 'react';
import type { AnswerSection } from '../../../contract/exercise-definition';

const CodeEditor = lazy(() => import('../editor/code-editor'));

const lines = (text: string) => text.split('\n').length;

export function AnswerSections({ sections, context, testId }: { sections: readonly AnswerSection[]; context: string; testId?: string }) {
  const firstCode = sections.findIndex((s) => s.kind === 'code');
  return (
    <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
      {sections.map((section, i) => (
        <div key={`${section.title}-${i}`} className="answer-section">
          <h3>{section.title}</h3>
          {section.kind === 'code' && (section.language === 'sql' || section.language === 'python') ? (
            <CodeEditor
              language={section.language}
              value={section.text}
              readOnly
              ariaLabel={`${section.title}, ${context} (read-only)`}
              // Tall enough for the whole text up to a screenful; the editor scrolls beyond that.
              height={`${Math.min(480, Math.max(110, lines(section.text) * 19 + 24))}px`}
              {...(i === firstCode && testId ? { testId } : {})}
            />
          ) : (
            <pre className="answer-text" {...(i === firstCode && testId ? { 'data-testid': testId } : {})}>
              {section.text.trim() || '(empty)'}
            </pre>
          )}
        </div>
      ))}
    </Suspense>
  );
}
