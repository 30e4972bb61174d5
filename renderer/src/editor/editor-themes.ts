// Renderer (pure data): the editor's light and dark themes. Monaco's defaults fail WCAG AA for SQL operators
// (#778899, 3.6:1) and strings (#FF0000, 4.0:1); every foreground here is at least 4.5:1 on its background.
export interface EditorTheme {
  name: 'assessment-light' | 'assessment-dark';
  base: 'vs' | 'vs-dark';
  background: string;
  rules: Array<{ token: string; foreground: string; fontStyle?: string }>;
  /** Monaco colour ids: text-bearing ones are checked for contrast too. */
  colors: Record<string, string>;
}

export const LIGHT_THEME: EditorTheme = {
  name: 'assessment-light',
  base: 'vs',
  background: '#ffffff',
  rules: [
    { token: '', foreground: '1b1f24' },
    { token: 'comment', foreground: '3b6e3f', fontStyle: 'italic' },
    { token: 'keyword', foreground: '0b3fc2' },
    { token: 'keyword.flow', foreground: '8a1fa3' },
    { token: 'operator', foreground: '4a5563' },
    { token: 'operator.sql', foreground: '4a5563' },
    { token: 'predefined.sql', foreground: '8a1fa3' },
    { token: 'string', foreground: 'a31515' },
    { token: 'string.sql', foreground: 'a31515' },
    { token: 'string.escape', foreground: '8a4b00' },
    { token: 'number', foreground: '0a6b48' },
    { token: 'number.hex', foreground: '2f2fb0' },
    { token: 'type', foreground: '0b6670' },
    { token: 'identifier', foreground: '1b1f24' },
    { token: 'delimiter', foreground: '1b1f24' },
    { token: 'variable', foreground: '001188' },
    { token: 'variable.predefined', foreground: '2d4b8f' },
    { token: 'annotation', foreground: '5c6570' },
    { token: 'tag', foreground: '800000' },
    { token: 'invalid', foreground: 'b42318' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#1b1f24',
    'editorLineNumber.foreground': '#5c6570',
    'editorLineNumber.activeForeground': '#1b1f24',
    'editorGutter.background': '#ffffff',
  },
};

export const DARK_THEME: EditorTheme = {
  name: 'assessment-dark',
  base: 'vs-dark',
  background: '#1e1f22',
  rules: [
    { token: '', foreground: 'e6e6e6' },
    { token: 'comment', foreground: '8fbf7f', fontStyle: 'italic' },
    { token: 'keyword', foreground: '7fb2ff' },
    { token: 'keyword.flow', foreground: 'd7a1f0' },
    { token: 'operator', foreground: 'c5ccd6' },
    { token: 'operator.sql', foreground: 'c5ccd6' },
    { token: 'predefined.sql', foreground: 'e39ff6' },
    { token: 'string', foreground: 'f0a58a' },
    { token: 'string.sql', foreground: 'f0a58a' },
    { token: 'string.escape', foreground: 'e8c27a' },
    { token: 'number', foreground: 'a6dbb5' },
    { token: 'number.hex', foreground: 'b5b5ff' },
    { token: 'type', foreground: '6fd3dc' },
    { token: 'identifier', foreground: 'e6e6e6' },
    { token: 'delimiter', foreground: 'e6e6e6' },
    { token: 'variable', foreground: '9cdcfe' },
    { token: 'variable.predefined', foreground: '9cc3ff' },
    { token: 'annotation', foreground: 'b0b7c0' },
    { token: 'tag', foreground: 'f28b82' },
    { token: 'invalid', foreground: 'ff8a80' },
  ],
  colors: {
    'editor.background': '#1e1f22',
    'editor.foreground': '#e6e6e6',
    'editorLineNumber.foreground': '#9aa3ad',
    'editorLineNumber.activeForeground': '#e6e6e6',
    'editorGutter.background': '#1e1f22',
  },
};

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const n = hex.replace('#', '');
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The theme that matches the candidate's system setting. */
export function preferredTheme(prefersDark: boolean): EditorTheme {
  return prefersDark ? DARK_THEME : LIGHT_THEME;
}
