// Renderer: the Answers tab's sections: code with a starter as a diff against it, everything else as the shared
// answer view renders it.
import { lazy, Suspense } from 'react';
import type { AnswerSection } from '../../../../contract/exercise-definition';
import { AnswerSections } from '../../exercises/answer-sections';

const AnswerDiff = lazy(() => import('./answer-diff'));

const hasStarter = (s: AnswerSection): s is AnswerSection & { starter: string } => s.kind === 'code' && typeof s.starter === 'string';

export function ReviewerAnswerSections({ sections, context }: { sections: readonly AnswerSection[]; context: string }) {
  return (
    <>
      {sections.map((section, i) =>
        hasStarter(section) ? (
          <div key={`${section.title}-${i}`} className="answer-section">
            <h3>{section.title}</h3>
            <Suspense fallback={<div className="editor-loading">Loading the diff…</div>}>
              <AnswerDiff section={section} context={context} />
            </Suspense>
          </div>
        ) : (
          <AnswerSections key={`${section.title}-${i}`} sections={[section]} context={context} />
        ),
      )}
    </>
  );
}
