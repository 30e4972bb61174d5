// Host and Deno sandbox: the messages between the host and the SQL sandbox process (newline-delimited JSON), with zod
// schemas for what the sandbox sends back. The Deno side imports only the types (erased), never zod.
import { z } from 'zod';

/** Host -> sandbox: run one statement on a fresh copy of a dataset. */
export interface SqlRunMessage {
  id: number;
  datasetKey: string;
  /** The dataset's script, sent only when the process has not built this dataset yet. */
  script?: string;
  sql: string;
  maxRows: number;
}

const CellSchema = z.union([z.string().max(1_000_000), z.number(), z.null(), z.record(z.string(), z.number())]);

export const SqlResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    columns: z.array(z.string().max(10_000)).max(2_000),
    rows: z.array(z.array(CellSchema).max(2_000)).max(100_000),
    truncated: z.boolean(),
    ignoredExtraStatements: z.boolean(),
  }),
  z.object({ ok: z.literal(false), error: z.string().max(20_000), timedOut: z.boolean(), missingDataset: z.boolean().optional() }),
]);
export type SqlSandboxResult = z.infer<typeof SqlResultSchema>;

export const SqlReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), token: z.string().min(16).max(128) }),
  /** The statement is about to run on a ready copy: the candidate's time limit starts here. */
  z.object({ type: z.literal('started'), token: z.string(), id: z.number().int() }),
  z.object({ type: z.literal('result'), token: z.string(), id: z.number().int(), result: SqlResultSchema }),
]);
export type SqlReply = z.infer<typeof SqlReplySchema>;
