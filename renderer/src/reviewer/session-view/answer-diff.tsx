// Renderer: a code answer as a read-only Monaco diff against the exercise's starter (what the candidate was given),
// with syntax colouring in the AA editor theme (faint diff backgrounds in panel.css keep its contrast); sections
// without a starter show as before.
import { DiffEditor } from '@monaco-editor/react';
import '../panel/panel.css';
import type { AnswerSection } from '../../../../contract/exercise-definition';
import { editorThemeName } from '../../editor/monaco-setup';

const lines = (text: string) => text.split('\n').length;

export default function AnswerDiff({ section, context }: { section: AnswerSection & { starter: string }; context: string }) {
  const height = Math.min(520, Math.max(140, Math.max(lines(section.text), lines(section.starter)) * 19 + 30));
  return (
    <div className="answer-diff" data-testid="answer-diff" data-section={section.title}>
      <p className="muted small-text">Left: the starter the candidate was given. Right: their {context}. Removed lines are red, added lines green.</p>
      <DiffEditor
        height={`${height}px`}
        language={section.language ?? 'plaintext'}
        original={section.starter}
        modified={section.text}
        theme={editorThemeName()}
        onMount={(diff) => {
          // Monaco's diff editor does not pass its aria labels to the two inner editors' input areas.
          diff.getOriginalEditor().updateOptions({ ariaLabel: `${section.title}, starter (read-only)` });
          diff.getModifiedEditor().updateOptions({ ariaLabel: `${section.title}, ${context} (read-only)` });
        }}
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          ariaLabel: `${section.title}: starter and ${context} compared (read-only)`,
          originalAriaLabel: `${section.title}, starter (read-only)`,
          modifiedAriaLabel: `${section.title}, ${context} (read-only)`,
          fontSize: 13,
        }}
      />
    </div>
  );
}
