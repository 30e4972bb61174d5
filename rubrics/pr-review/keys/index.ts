// Host only: every PR variant's key, resolved against its PR text once (a key that no longer fits its PR throws).
import { getPrVariant, PR_REVIEW_VARIANT_IDS } from '../../../exercises/pr-review/variants';
import { resolveKey, type PrReviewKeyInput, type ResolvedKey } from '../key-schema';
import { crmContactsSyncKey } from './crm-contacts-sync';
import { partnerOrdersExportKey } from './partner-orders-export';

const KEYS: Record<(typeof PR_REVIEW_VARIANT_IDS)[number], PrReviewKeyInput> = {
  'partner-orders-export': partnerOrdersExportKey,
  'crm-contacts-sync': crmContactsSyncKey,
};

const resolved = new Map<string, ResolvedKey>();

export function getPrReviewKey(variantId: string): ResolvedKey {
  const cached = resolved.get(variantId);
  if (cached) return cached;
  const input = KEYS[variantId as keyof typeof KEYS];
  if (!input) throw new Error(`No PR-review key for variant "${variantId}"`);
  const key = resolveKey(input, getPrVariant(variantId));
  resolved.set(variantId, key);
  return key;
}

export const allPrReviewKeyInputs = (): PrReviewKeyInput[] => Object.values(KEYS);
