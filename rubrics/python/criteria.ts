// Host only: the Python exercise's criteria and the scorecard dimension each one feeds.
import type { CriterionDefinition } from '../../contract/scoring';
import { PYTHON_READABILITY_RATING } from '../../exercises/python/rated-criteria';

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
    // The anchors live with the exercise definition (reviewer screens show them too).
    ...C(PYTHON_READABILITY_RATING.criterionId, PYTHON_READABILITY_RATING.title, 'python-scripting', 2),
    ratingAnchors: PYTHON_READABILITY_RATING.anchors,
  },
];

export function pythonCriterion(criterionId: string): CriterionDefinition {
  const c = PYTHON_CRITERIA.find((x) => x.criterionId === criterionId);
  if (!c) throw new Error(`Unknown Python criterion "${criterionId}"`);
  return c;
}
