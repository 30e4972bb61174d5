// Renderer: Monaco from the local package (never a CDN), with its worker and our SQL completions.
import { loader } from '@monaco-editor/react';
import * as monaco from 'virtual:monaco-lean';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};
loader.config({ monaco });

/** Table and column names of the exercise on screen; the completion provider reads them on each request. */
let sqlWords: Array<{ label: string; detail: string; kind: 'table' | 'column' }> = [];

export function setSqlCompletions(words: typeof sqlWords): void {
  sqlWords = words;
}

monaco.languages.registerCompletionItemProvider('sql', {
  provideCompletionItems(model, position) {
    const word = model.getWordUntilPosition(position);
    const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
    return {
      suggestions: sqlWords.map((w) => ({
        label: w.label,
        detail: w.detail,
        insertText: w.label,
        kind: w.kind === 'table' ? monaco.languages.CompletionItemKind.Struct : monaco.languages.CompletionItemKind.Field,
        range,
      })),
    };
  },
});

export { monaco };
