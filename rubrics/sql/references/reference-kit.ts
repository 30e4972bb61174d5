// Host only: the shape of an SQL reference answer (the seam's ReferenceAnswer with the SQL answer type).
import type { SqlAnswer } from '../../../exercises/sql/answer';
import type { ReferenceAnswer } from '../../kit/rubric-module';

export type SqlReference = ReferenceAnswer<SqlAnswer>;
