// `npm run grade` (Node): grades session files (or a bare answer file for one exercise) headlessly, with the same
// rubrics the app uses. Prints a table, or JSON with --json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExerciseGrade } from '../electron/contract/scoring';
import { verifyChain } from '../electron/host/hash-chain';
import { parseSessionFile } from '../electron/host/session-file';
import { SqlAnswerSchema } from '../exercises/sql';
import { PythonAnswerSchema } from '../exercises/python/answer';
import { describeIssues } from '../electron/contract/host-api';
import { gradeExercise, gradeSession, openGradingResources, type GradingResources } from '../rubrics/grade-session';
import { formatGradeTable } from './grade-format';

const USAGE = `Usage:
  npm run grade -- <session files or folders> [--json]
  npm run grade -- --exercise sql --variant <id> answer.json [--json]
  npm run grade -- --exercise python --variant <id> solution.py|answer.json [--json]`;

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
    options: { json: { type: 'boolean', default: false }, exercise: { type: 'string' }, variant: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
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
          results.push({ file, exercises: [grade] });
          if (!values.json) console.log(formatGradeTable(`${file} (${values.exercise} · ${values.variant})`, [grade]));
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
          results.push({ file, ...graded, integrity });
          if (!values.json) console.log(formatGradeTable(`${session.candidateName} · ${file}\n  Integrity: ${integrity.message}`, graded.exercises));
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
