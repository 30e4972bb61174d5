// Renderer: Monaco from the local package (never a CDN), with its worker and our SQL completions.
import { loader } from '@monaco-editor/react';
import * as monaco from 'virtual:monaco-lean';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { DARK_THEME, LIGHT_THEME, preferredTheme } from './editor-themes';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};
loader.config({ monaco });

for (const theme of [LIGHT_THEME, DARK_THEME]) {
  monaco.editor.defineTheme(theme.name, { base: theme.base, inherit: true, rules: theme.rules, colors: theme.colors });
}

/** The AA-contrast theme matching the system setting; every editor (code, diff, read-only) uses it. */
export function editorThemeName(): string {
  return preferredTheme(typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches).name;
}

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
