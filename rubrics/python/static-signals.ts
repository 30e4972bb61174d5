// Host only: builds the static-analysis run for the grading sandbox and validates the (untrusted) report it returns.
import { z } from 'zod';
import { pythonLiteral } from '../../exercises/python/python-harness';
import type { PythonVariant } from '../../exercises/python/python-variants';
// The analysis itself is Python (rubrics/python/py/static_analysis.py), run in the grading sandbox.
import { STATIC_ANALYSIS_PY as ANALYZER_SOURCE } from './py/generated/static_analysis';

/** A function longer than this many lines counts as long. */
export const LONG_FUNCTION_LINES = 50;

export const StaticFindingSchema = z.object({
  kind: z.enum([
    'bare-except',
    'swallowed-exception',
    'hardcoded-secret',
    'credential-url',
    'cloud-key',
    'logging-import',
    'logging-call',
    'print',
    'append-load',
    'long-function',
    'executes-input',
    'fs-write',
    'special-cases-sample',
    'bypasses-validation',
    'hardcoded-result',
  ]),
  /** 1-based line in the candidate's source. */
  line: z.number().int().positive(),
  detail: z.string().max(2_000),
});
export type StaticFinding = z.infer<typeof StaticFindingSchema>;

export const StaticReportSchema = z.object({
  syntaxError: z.object({ line: z.number().int().positive(), message: z.string().max(2_000) }).nullable(),
  findings: z.array(StaticFindingSchema).max(5_000),
});
export type StaticReport = z.infer<typeof StaticReportSchema>;

/**
 * Values only the public samples contain (their keys and file names): code that compares against them is fitted to
 * the samples, not to the rules. Short values are left out, since they also occur by chance.
 */
export function publicSampleLiterals(variant: Pick<PythonVariant, 'keyField' | 'sampleFiles'>): string[] {
  const out = new Set<string>();
  for (const file of variant.sampleFiles) {
    out.add(file.path.split('/').at(-1)!);
    out.add(file.path);
    if (file.path.endsWith('.json')) {
      try {
        const items: unknown = JSON.parse(file.content);
        if (Array.isArray(items)) {
          for (const item of items) {
            const key = item && typeof item === 'object' ? (item as Record<string, unknown>)[variant.keyField] : undefined;
            if (typeof key === 'string' || typeof key === 'number') out.add(String(key).trim());
          }
        }
      } catch {
        // A sample that is not JSON has no keys to collect.
      }
    } else {
      const lines = file.content.replace(/^\uFEFF/, '').split(/\r?\n/);
      const column = (lines[0] ?? '').split(',').indexOf(variant.keyField);
      if (column >= 0) for (const line of lines.slice(1)) out.add((line.split(',')[column] ?? '').replace(/"/g, '').trim());
    }
  }
  return [...out].filter((v) => v.length >= 3).sort();
}

/** The analyser, loaded into every grading interpreter before any job (GradingRuntime's prelude, in the snapshot). */
export const STATIC_ANALYZER_PRELUDE: string = ANALYZER_SOURCE;

/**
 * Code for `runPython` that parses (never runs) `source` and returns the JSON report. It calls the analyser the
 * interpreter already holds; it must run first in a fresh interpreter, before any candidate code could replace it.
 */
export function buildStaticAnalysisCode(source: string, publicLiterals: readonly string[] = []): string {
  return `_dpe_analyze(${pythonLiteral(source)}, ${LONG_FUNCTION_LINES}, ${pythonLiteral([...publicLiterals])})\n`;
}

/** The report comes out of the sandbox, where candidate code could have run first: validate, never trust. */
export function parseStaticReport(json: string): StaticReport {
  return StaticReportSchema.parse(JSON.parse(json));
}

export const SECRET_KINDS: ReadonlySet<StaticFinding['kind']> = new Set(['hardcoded-secret', 'credential-url', 'cloud-key']);
export const SWALLOW_KINDS: ReadonlySet<StaticFinding['kind']> = new Set(['bare-except', 'swallowed-exception']);
