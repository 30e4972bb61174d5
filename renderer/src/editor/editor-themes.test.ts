// Unit: every colour a candidate reads in the editor meets WCAG AA (4.5:1) on the editor background.
import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_THEME, LIGHT_THEME } from './editor-themes';

describe('editor themes', () => {
  it('computes the WCAG ratio of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#778899', '#fffffe')).toBeLessThan(4.5); // Monaco's default SQL operator colour
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  for (const theme of [LIGHT_THEME, DARK_THEME]) {
    it(`${theme.name}: every token and line-number colour reaches 4.5:1`, () => {
      const weak = [
        ...theme.rules.map((r) => [r.token || '(default)', `#${r.foreground}`] as const),
        ['line numbers', theme.colors['editorLineNumber.foreground']!] as const,
      ].filter(([, colour]) => contrastRatio(colour, theme.background) < 4.5);
      expect(weak).toEqual([]);
    });

    it(`${theme.name}: overrides the SQL tokens Monaco's base theme draws too faintly`, () => {
      const tokens = theme.rules.map((r) => r.token);
      expect(tokens).toEqual(expect.arrayContaining(['operator.sql', 'string.sql', 'predefined.sql']));
    });
  }
});
