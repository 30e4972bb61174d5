// Host only: the Python exercise's criteria and the scorecard dimension each one feeds.
import type { CriterionDefinition } from '../../contract/scoring';

const C = (criterionId: string, title: string, dimension: CriterionDefinition['dimension'], weight: number): CriterionDefinition => ({
  criterionId,
  exerciseId: 'python',
  title,
  dimension,
  weight,
});

export const PYTHON_CRITERIA: readonly CriterionDefinition[] = [
  C('python.public.tests', 'Public tests pass', 'python-scripting', 2),
  C('python.hidden.validation', 'Validates records against the declared schema', 'python-scripting', 3),
  C('python.hidden.edge-files', 'Handles edge-case files and schema drift', 'python-scripting', 2),
  C('python.hidden.quarantine', 'Quarantines invalid records with reasons; the summary adds up', 'python-scripting', 2),
  C('python.hidden.scale', 'Loads a large file within the time bound', 'python-scripting', 1),
  C('python.static.function-size', 'Functions are kept to a readable size', 'python-scripting', 0.5),
  C('python.hidden.idempotency', 'Re-runs are idempotent (upsert by key, duplicates resolved)', 'pipelines', 3),
  C('python.hidden.errors', 'Fails with clear errors on missing files, columns and bad JSON', 'operations', 2),
  C('python.static.error-handling', 'Does not swallow exceptions', 'operations', 1),
  C('python.static.logging', 'Logs what the run did (logging, not print)', 'operations', 1),
  C('python.static.secrets', 'No credentials in code', 'security', 2),
  {
    ...C('python.readability.rating', 'Readability (reviewer rating)', 'python-scripting', 2),
    ratingAnchors: {
      1: 'Hard to follow: one long function, unclear names, copy-pasted checks, no structure a teammate could extend.',
      3: 'Readable with effort: reasonable names and some helper functions, but validation rules are scattered or repeated.',
      5: 'Reads like a small library: the schema is data, each step (read, validate, load, report) is its own short function, and intent is obvious.',
    },
  },
];

export function pythonCriterion(criterionId: string): CriterionDefinition {
  const c = PYTHON_CRITERIA.find((x) => x.criterionId === criterionId);
  if (!c) throw new Error(`Unknown Python criterion "${criterionId}"`);
  return c;
}
