// Host only: every Python reference answer (four levels per variant), for the rubric registry and the validity report.
import type { PythonAnswer } from '../../../exercises/python/answer';
import { getPythonVariant } from '../../../exercises/python/python-variants';
import { PYTHON_VARIANT_IDS } from '../../../exercises/python/variant-ids';
import type { ReferenceAnswer } from '../../kit/rubric-module';
import { strongSolution } from '../fixtures/strong-solution';
import { publicSampleLiterals } from '../static-signals';
import { adequateSolution, fittedToSamplesSolution, secretAndEvalSolution, weakSolution } from './python-reference-sources';

export type PythonReference = ReferenceAnswer<PythonAnswer>;

/** Keys in the public samples that the task's rules reject, which a fitted solution would skip by name. */
function sampleKeys(variantId: string): string[] {
  const variant = getPythonVariant(variantId);
  const files = new Set(variant.sampleFiles.map((f) => f.path.split('/').at(-1)!));
  return publicSampleLiterals(variant).filter((v) => !files.has(v) && !v.includes('/'));
}

export function pythonReferenceAnswers(): readonly PythonReference[] {
  return PYTHON_VARIANT_IDS.flatMap((variantId, index): PythonReference[] => {
    const variant = getPythonVariant(variantId);
    // The two variants carry different red flags, so every Python red flag kind is exercised by some reference.
    const redFlag: PythonReference =
      index % 2 === 0
        ? { variantId, level: 'red-flag', description: 'Good code, but a password is written into the module and numbers are parsed with eval() on file content.', answer: { source: secretAndEvalSolution(variant) }, expectedRedFlags: ['python.hardcoded-secret', 'python.executes-input'] }
        : { variantId, level: 'red-flag', description: 'Good code, but it skips public sample keys by name and writes copies of the input files to /tmp.', answer: { source: fittedToSamplesSolution(variant, sampleKeys(variantId)) }, expectedRedFlags: ['python.special-cases-sample', 'python.fs-write', 'python.runtime-fs-writes'] };
    return [
      { variantId, level: 'strong', description: 'Validates against the schema, quarantines with reasons, upserts by key, logs, and fails clearly.', answer: { source: strongSolution(variant) } },
      { variantId, level: 'adequate', description: 'Nearly right, but loads rows with extra values, accepts a non-list JSON file and reports with print().', answer: { source: adequateSolution(variant) } },
      { variantId, level: 'weak', description: 'Reads both formats, checks required fields and converts numbers naively, but validates no dates, enums or emails and counts no duplicates.', answer: { source: weakSolution(variant) } },
      redFlag,
    ];
  });
}
