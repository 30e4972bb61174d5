// Pure (all processes): the PR variants, validated against the schema when first read.
import { PullRequestSchema, type PullRequest } from './pr-schema';
import { crmContactsSync } from './variants/crm-contacts-sync';
import { partnerOrdersExport } from './variants/partner-orders-export';

export const PR_REVIEW_VARIANT_IDS = ['partner-orders-export', 'crm-contacts-sync'] as const;
export type PrReviewVariantId = (typeof PR_REVIEW_VARIANT_IDS)[number];

const RAW: Record<PrReviewVariantId, PullRequest> = {
  'partner-orders-export': partnerOrdersExport,
  'crm-contacts-sync': crmContactsSync,
};

let validated: Map<string, PullRequest> | null = null;

/** Every variant, parsed by the schema once; a broken variant stops here with the field that is wrong. */
export function loadPrVariants(): Map<string, PullRequest> {
  if (validated) return validated;
  const map = new Map<string, PullRequest>();
  for (const id of PR_REVIEW_VARIANT_IDS) {
    const parsed = PullRequestSchema.safeParse(RAW[id]);
    if (!parsed.success) throw new Error(`PR variant "${id}" is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (parsed.data.id !== id) throw new Error(`PR variant "${id}" declares id "${parsed.data.id}"`);
    map.set(id, parsed.data);
  }
  validated = map;
  return map;
}

export function getPrVariant(variantId: string): PullRequest {
  const pr = loadPrVariants().get(variantId);
  if (!pr) throw new Error(`Unknown PR-review variant "${variantId}"; known: ${PR_REVIEW_VARIANT_IDS.join(', ')}`);
  return pr;
}

export function listPrVariants(): PullRequest[] {
  return [...loadPrVariants().values()];
}
