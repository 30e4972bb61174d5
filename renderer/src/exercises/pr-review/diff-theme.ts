// Renderer: the diff's themes: the editor's own light and dark themes with diff backgrounds pale enough that every
// token colour keeps WCAG AA contrast on inserted and removed lines (Monaco's default reds and greens do not).
import { DARK_THEME, LIGHT_THEME } from '../../editor/editor-themes';
import { editorThemeName, monaco } from '../../editor/monaco-setup';

const DIFF_COLORS = {
  light: {
    'diffEditor.insertedLineBackground': '#edfcf0',
    'diffEditor.insertedTextBackground': '#d8f6df',
    'diffEditor.removedLineBackground': '#fdf0ef',
    'diffEditor.removedTextBackground': '#fbe0dd',
    'diffEditorGutter.insertedLineBackground': '#d8f6df',
    'diffEditorGutter.removedLineBackground': '#fbe0dd',
  },
  dark: {
    'diffEditor.insertedLineBackground': '#1f2d24',
    'diffEditor.insertedTextBackground': '#24382a',
    'diffEditor.removedLineBackground': '#2f2123',
    'diffEditor.removedTextBackground': '#3a2427',
    'diffEditorGutter.insertedLineBackground': '#24382a',
    'diffEditorGutter.removedLineBackground': '#3a2427',
  },
};

let defined = false;

/** The diff theme matching the editor theme in use (light or dark). */
export function diffThemeName(): string {
  if (!defined) {
    for (const [theme, colors] of [[LIGHT_THEME, DIFF_COLORS.light], [DARK_THEME, DIFF_COLORS.dark]] as const) {
      monaco.editor.defineTheme(`${theme.name}-diff`, { base: theme.base, inherit: true, rules: theme.rules, colors: { ...theme.colors, ...colors } });
    }
    defined = true;
  }
  return `${editorThemeName()}-diff`;
}
