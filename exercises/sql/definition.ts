// Pure (all processes): the SQL-debugging exercise's definition: content, variants, answer shape and how it reads.
import type { AnswerSection, ExerciseDefinition } from '../../contract/exercise-definition';
import { SqlAnswerSchema, type SqlAnswer } from './answer';
import { SQL_EXPLANATION_RATING, SQL_EXPLANATION_SECTION } from './rated-criteria';
import { sqlStarterAnswer } from './starter';
import { getSqlVariant, listSqlVariants } from './variants';

function describeSqlAnswer(answer: SqlAnswer, variantId: string): AnswerSection[] {
  const starter = sqlStarterAnswer(getSqlVariant(variantId));
  return [
    { title: 'Fixed query', kind: 'code', language: 'sql', starter: starter.query, text: answer.query },
    { title: SQL_EXPLANATION_SECTION, kind: 'text', text: answer.explanation },
    ...answer.checks.map((c): AnswerSection => ({ title: `Validation check: ${c.name || c.checkId}`, kind: 'code', language: 'sql', text: c.sql })),
  ];
}

export const SQL_DEFINITION: ExerciseDefinition<SqlAnswer> = {
  exerciseId: 'sql',
  title: 'SQL debugging',
  summary: 'A dashboard tile shows wrong numbers. Find and fix the bugs in its query, explain them, and write checks that would catch them.',
  defaultMinutes: 50,
  scored: true,
  available: true,
  variants: listSqlVariants().map((v) => ({ variantId: v.id, title: v.title })),
  answerSchema: SqlAnswerSchema,
  starterAnswer: (variantId) => sqlStarterAnswer(getSqlVariant(variantId)),
  actionSchema: null,
  hasRuns: true,
  describeAnswer: describeSqlAnswer,
  describeRunPurpose: (purpose) => (purpose === 'query' ? 'SQL query' : purpose.startsWith('check:') ? `SQL check "${purpose.slice('check:'.length)}"` : `SQL ${purpose}`),
  ratedCriteria: [SQL_EXPLANATION_RATING],
};
