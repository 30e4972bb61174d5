// `npm run grade` (Node): grades session files (or a bare answer file for one exercise) headlessly, with the same
// rubrics the app uses. Prints a table, or JSON with --json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExerciseGrade } from '../contract/scoring';
import { planLookupFor, readSessionForGrading } from './grade-integrity';
import { findExerciseDefinition, plannableExercises } from '../assessment/exercise-registry';
import { describeIssues } from '../contract/host-api';
import { gradeExercise, gradeSession, openGradingResources, type GradingResources } from '../rubrics/grade-session';
import type { GradedEvent } from '../rubrics/kit/rubric-module';
import { findRubric } from '../rubrics/registry';
import { allCriterionDefinitions, buildScorecard, loadDefaultScorecard, parseScorecardConfig, type ScorecardConfig } from '../rubrics/scorecard';
import { formatGradeTable, formatScorecard } from './grade-format';
import { validityMain } from './validity-report';

const gradable = () => plannableExercises().filter((d) => d.scored && findRubric(d.exerciseId));
const USAGE = `Usage:
  npm run grade -- <session files or folders> [--json] [--scorecard team-scorecard.json] [--data-dir <reviewer data folder>] [--allow-unverified]
  npm run grade -- --exercise <${gradable().map((d) => d.exerciseId).join('|')}> --variant <id> <answer file> [--json] [--scorecard team-scorecard.json]
     (a Python answer may be a bare .py file; see docs/grading-cli.md for each exercise's file format)
  npm run grade -- --validity [--json]   grade every reference answer and check the grader against its validity goals`;

/** The team's scorecard when given, else the shipped one; an invalid file stops the run before any grading. */
function readScorecard(file: string | undefined): ScorecardConfig {
  if (!file) return loadDefaultScorecard();
  if (!statSync(file, { throwIfNoEntry: false })) throw new Error(`--scorecard ${file}: no such file`);
  try {
    return parseScorecardConfig(readFileSync(file, 'utf8'), allCriterionDefinitions().map((c) => c.criterionId));
  } catch (error) {
    throw new Error(`--scorecard ${file}: ${(error as Error).message}`);
  }
}

/** No audit trail here: the CLI shows the rubric's view (auto), which the reviewer screens then rate and override. */
const scorecardFor = (config: ScorecardConfig, grades: ExerciseGrade[]) => buildScorecard(config, grades, [], allCriterionDefinitions());

function sessionFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p, { throwIfNoEntry: false })) throw new Error(`${p}: no such file or folder`);
    return statSync(p).isDirectory() ? readdirSync(p).filter((n) => n.endsWith('.json') || n.endsWith('.jsonl')).sort().map((n) => join(p, n)) : [p];
  });
}

/** A bare answer file as its rubric reads it (JSON by default); a malformed one stops with what is wrong. */
function readAnswerFile(exerciseId: string, file: string, variantId?: string): { answer?: unknown; events?: readonly GradedEvent[] } {
  const definition = findExerciseDefinition(exerciseId)!;
  const rubric = findRubric(exerciseId)!;
  const text = readFileSync(file, 'utf8');
  let read: { answer?: unknown; events?: readonly GradedEvent[] };
  try {
    read = rubric.readAnswerFile ? rubric.readAnswerFile(text, file, variantId) : { answer: JSON.parse(text) as unknown };
  } catch (error) {
    const why = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
    throw new Error(`${file} could not be read as a ${definition.title} answer: ${why}.`);
  }
  if (read.answer !== undefined) {
    const parsed = definition.answerSchema.safeParse(read.answer);
    if (!parsed.success) throw new Error(`${file} is not a ${exerciseId} answer: ${describeIssues(parsed.error)}`);
    return { ...read, answer: parsed.data };
  }
  return read;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      exercise: { type: 'string' },
      variant: { type: 'string' },
      scorecard: { type: 'string' },
      'data-dir': { type: 'string' },
      'allow-unverified': { type: 'boolean', default: false },
      validity: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.validity) return validityMain({ json: values.json });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  let config: ScorecardConfig;
  try {
    config = readScorecard(values.scorecard);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const resources: GradingResources = openGradingResources();
  const results: unknown[] = [];
  let failures = 0;
  try {
    if (values.exercise) {
      const exerciseId = values.exercise;
      if (!gradable().some((d) => d.exerciseId === exerciseId) || !values.variant) {
        console.error(`--exercise must be one of ${gradable().map((d) => d.exerciseId).join(', ')}, with --variant <id>.\n${USAGE}`);
        return 2;
      }
      for (const file of positionals) {
        try {
          const { answer, events } = readAnswerFile(exerciseId, file, values.variant);
          const grade = await gradeExercise(exerciseId, values.variant, answer, resources, events);
          const scorecard = scorecardFor(config, [grade]);
          results.push({ file, exercises: [grade], scorecard });
          if (!values.json) console.log(`${formatGradeTable(`${file} (${values.exercise} · ${values.variant})`, [grade])}\n${formatScorecard(scorecard)}`);
        } catch (error) {
          failures++;
          console.error(`${file}: ${(error as Error).message}`);
        }
      }
    } else {
      const lookup = await planLookupFor(values['data-dir']);
      for (const file of sessionFiles(positionals)) {
        try {
          const { session, integrity, failures: broken } = readSessionForGrading(file, lookup);
          // A file that fails integrity gets no score, unless asked for; then every figure is marked unverified.
          const unverified = broken.length > 0;
          if (unverified && !values['allow-unverified']) {
            failures++;
            console.error(`${file}: not graded, the file fails its integrity check. ${broken.join(' ')} (--allow-unverified grades it anyway, marked unverified.)`);
            continue;
          }
          // Every scored exercise through its rubric, then learning agility from the whole log.
          const graded = await gradeSession(session, resources);
          const exercises = graded.exercises;
          const scorecard = scorecardFor(config, exercises);
          results.push({ file, ...graded, exercises, integrity, verified: !unverified, ...(unverified ? { integrityFailures: broken } : {}), scorecard });
          if (unverified) failures++;
          const heading = `${unverified ? 'UNVERIFIED · ' : ''}${session.candidateName} · ${file}\n  Integrity: ${unverified ? broken.join(' ') : integrity.message}`;
          if (!values.json) console.log(`${formatGradeTable(heading, exercises, { unverified })}\n${formatScorecard(scorecard, { unverified })}`);
        } catch (error) {
          failures++;
          console.error(`${file}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    await resources.close();
  }
  if (values.json) console.log(JSON.stringify(results, null, 2));
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
