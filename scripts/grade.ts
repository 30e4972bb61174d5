// `npm run grade` (Node): grades session files (or a bare answer file for one exercise) headlessly, with the same
// rubrics the app uses. Prints a table, or JSON with --json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExerciseGrade } from '../contract/scoring';
import { verifyChain } from '../electron/host/hash-chain';
import { parseSessionFile } from '../electron/host/session-file';
import { SqlAnswerSchema } from '../exercises/sql';
import { PythonAnswerSchema } from '../exercises/python/answer';
import { describeIssues } from '../contract/host-api';
import { gradeExercise, gradeSession, openGradingResources, type GradingResources } from '../rubrics/grade-session';
import { gradeLearning } from '../rubrics/learning';
import { allCriterionDefinitions, buildScorecard, loadDefaultScorecard, parseScorecardConfig, type ScorecardConfig } from '../rubrics/scorecard';
import { formatGradeTable, formatScorecard } from './grade-format';

const USAGE = `Usage:
  npm run grade -- <session files or folders> [--json] [--scorecard team-scorecard.json]
  npm run grade -- --exercise sql --variant <id> answer.json [--json] [--scorecard team-scorecard.json]
  npm run grade -- --exercise python --variant <id> solution.py|answer.json [--json] [--scorecard team-scorecard.json]`;

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
    return statSync(p).isDirectory() ? readdirSync(p).filter((n) => n.endsWith('.json')).sort().map((n) => join(p, n)) : [p];
  });
}

function readAnswer(exercise: string, file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (exercise === 'python' && !file.endsWith('.json')) return { source: text };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON (a Python answer may also be a bare .py file).`);
  }
  const schema = exercise === 'sql' ? SqlAnswerSchema : PythonAnswerSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a ${exercise} answer: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      exercise: { type: 'string' },
      variant: { type: 'string' },
      scorecard: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
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
      if (!['sql', 'python'].includes(values.exercise) || !values.variant) {
        console.error(`--exercise must be sql or python, with --variant <id>.\n${USAGE}`);
        return 2;
      }
      for (const file of positionals) {
        try {
          const grade = (await gradeExercise(values.exercise, values.variant, readAnswer(values.exercise, file), resources)) as ExerciseGrade;
          const scorecard = scorecardFor(config, [grade]);
          results.push({ file, exercises: [grade], scorecard });
          if (!values.json) console.log(`${formatGradeTable(`${file} (${values.exercise} · ${values.variant})`, [grade])}\n${formatScorecard(scorecard)}`);
        } catch (error) {
          failures++;
          console.error(`${file}: ${(error as Error).message}`);
        }
      }
    } else {
      for (const file of sessionFiles(positionals)) {
        try {
          const session = parseSessionFile(readFileSync(file, 'utf8'));
          const integrity = verifyChain(session.events);
          const graded = await gradeSession(session, resources);
          // Learning agility comes from the whole session log, so it is graded here beside the per-exercise rubrics.
          const exercises = [...graded.exercises, gradeLearning(session)];
          const scorecard = scorecardFor(config, exercises);
          results.push({ file, ...graded, exercises, integrity, scorecard });
          if (!values.json) console.log(`${formatGradeTable(`${session.candidateName} · ${file}\n  Integrity: ${integrity.message}`, exercises)}\n${formatScorecard(scorecard)}`);
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
