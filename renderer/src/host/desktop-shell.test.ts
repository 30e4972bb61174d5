// Unit test: the names offered to the desktop save dialog are ones the host accepts.
import { describe, expect, it } from 'vitest';
import { ScorecardPdfInputSchema } from '../../../contract/desktop-shell';
import { pdfFileName } from './desktop-shell';

describe('pdfFileName', () => {
  it.each(['Ana Lima — scorecard', 'Zoë/../../etc/passwd', 'a'.repeat(300), '   ', 'Chen Wei scorecard.PDF'])('turns %j into a name the save dialog accepts', (name) => {
    const fileName = pdfFileName(name);
    expect(ScorecardPdfInputSchema.safeParse({ token: 'a'.repeat(64), fileName }).success, fileName).toBe(true);
    expect(fileName).not.toContain('/');
  });

  it('keeps a readable name', () => {
    expect(pdfFileName('Ana Lima scorecard')).toBe('Ana Lima scorecard.pdf');
  });
});
