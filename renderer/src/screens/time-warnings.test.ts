// Renderer (pure) tests: the warning thresholds at 10 and 2 minutes left.
import { describe, expect, it } from 'vitest';
import { warningLevel, warningText } from './time-warnings';

const min = 60_000;
describe('warningLevel', () => {
  it('is silent above 10 minutes and once time is out', () => {
    expect(warningLevel(10 * min + 1)).toBeNull();
    expect(warningLevel(0)).toBeNull();
  });
  it('warns at 10 minutes, then at 2', () => {
    expect(warningLevel(10 * min)).toBe(10);
    expect(warningLevel(3 * min)).toBe(10);
    expect(warningLevel(2 * min)).toBe(2);
    expect(warningLevel(1_000)).toBe(2);
  });
});

describe('warningText', () => {
  it('names the scope', () => {
    expect(warningText('overall', 10)).toContain('10 minutes left in the whole assessment');
    expect(warningText('exercise', 2, 'SQL debugging')).toContain('for SQL debugging');
  });
});
