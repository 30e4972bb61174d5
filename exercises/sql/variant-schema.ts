// Pure (all processes): the shape every SQL variant's content must have, checked when variants load.
import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');

export const TileColumnSchema = z.object({
  /** Header shown on the tile; the candidate's result is read by position, so their aliases may differ. */
  name: z.string().min(1),
  role: z.enum(['label', 'value', 'detail']),
  format: z.enum(['text', 'count', 'usd', 'percent', 'month']),
});

export const DashboardTileSchema = z
  .object({
    title: z.string().min(1),
    /** What a correct tile shows, in the business's words. */
    description: z.string().min(1),
    chart: z.enum(['bar', 'table']),
    /** Expected result columns in order; exactly one label, at least one value. */
    columns: z.array(TileColumnSchema).min(2),
  })
  .refine((t) => t.columns.filter((c) => c.role === 'label').length === 1, 'a tile needs exactly one label column')
  .refine((t) => t.columns.some((c) => c.role === 'value'), 'a tile needs at least one value column');

export const StakeholderMessageSchema = z.object({
  from: z.object({ name: z.string().min(1), role: z.string().min(1) }),
  channel: z.enum(['email', 'chat']),
  /** ISO 8601 with offset, as the sender's client stamped it. */
  sentAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/),
  subject: z.string().min(1),
  body: z.string().min(20),
});

export const SqlVariantSchema = z.object({
  id: kebabId,
  title: z.string().min(1),
  dataset: z.object({ seed: z.number().int(), accounts: z.number().int().min(50).max(2000) }),
  tile: DashboardTileSchema,
  complaint: StakeholderMessageSchema,
  /** The task as the candidate reads it; it must say whether row order matters. */
  prompt: z.string().min(50),
  resultOrderMatters: z.boolean(),
  brokenQuery: z.string().min(20),
  /** Shown in the starter answer so the check format is obvious; deliberately not one of the good checks. */
  exampleCheck: z.object({ name: z.string().min(1), sql: z.string().min(10) }),
});
export type SqlVariant = z.infer<typeof SqlVariantSchema>;
export type DashboardTile = z.infer<typeof DashboardTileSchema>;
