// Pure (all processes): the registry of SQL variants; content is validated when it is loaded, not trusted.
import { z } from 'zod';
import { activeAccountsByRegion } from './variants/active-accounts-by-region';
import { churnByMonth } from './variants/churn-by-month';
import { revenueByPlan } from './variants/revenue-by-plan';
import { SqlVariantSchema, type SqlVariant } from './variant-schema';

/** Stable ids: stored sessions name their variant, so ids are never renamed or reused. */
export const SQL_VARIANT_IDS = ['revenue-by-plan', 'active-accounts-by-region', 'churn-by-month'] as const;
export type SqlVariantId = (typeof SQL_VARIANT_IDS)[number];

const RAW_VARIANTS: readonly unknown[] = [revenueByPlan, activeAccountsByRegion, churnByMonth];

function parseVariant(raw: unknown, index: number): SqlVariant {
  const result = SqlVariantSchema.safeParse(raw);
  if (!result.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : `#${index}`;
    throw new Error(`SQL variant ${id} is invalid: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Validates a list of raw variants; exported so a content test can feed it broken packs. */
export function loadSqlVariants(raw: readonly unknown[]): SqlVariant[] {
  const variants = raw.map(parseVariant);
  const seen = new Set<string>();
  for (const v of variants) {
    if (seen.has(v.id)) throw new Error(`SQL variant id ${v.id} is used twice`);
    seen.add(v.id);
  }
  return variants;
}

let cache: SqlVariant[] | undefined;

export function listSqlVariants(): SqlVariant[] {
  cache ??= loadSqlVariants(RAW_VARIANTS);
  return cache;
}

export function getSqlVariant(id: string): SqlVariant {
  const variant = listSqlVariants().find((v) => v.id === id);
  if (!variant) {
    throw new Error(`Unknown SQL variant "${id}"; known variants: ${listSqlVariants().map((v) => v.id).join(', ')}`);
  }
  return variant;
}
