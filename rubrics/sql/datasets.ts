// Host only: builds (and caches) the visible, hidden and corrupted datasets a variant is graded on.
import { generateBillingData } from '../../exercises/sql/dataset';
import type { BillingData } from '../../exercises/sql/schema';
import { billingDataToScript } from '../../exercises/sql/sql-script';
import { getSqlVariant } from '../../exercises/sql/variants';
import type { SqlAnswerKey } from './answer-key';
import type { SqlBugId } from './bug-library';
import { getCorruption } from './corruptions';
import { cloneData } from './data-edits';

export interface GradingDataset {
  /** Stable key, e.g. `revenue-by-plan:hidden:date-boundary`; also the sandbox cache key. */
  key: string;
  kind: 'visible' | 'hidden' | 'corrupted';
  /** The bug a hidden dataset isolates, or the corruption a corrupted dataset carries. */
  targetId?: string;
  description: string;
  script: () => string;
}

const scriptCache = new Map<string, string>();

function cachedScript(key: string, build: () => BillingData): () => string {
  return () => {
    let script = scriptCache.get(key);
    if (script === undefined) {
      script = billingDataToScript(build());
      scriptCache.set(key, script);
    }
    return script;
  };
}

export function visibleData(variantId: string): BillingData {
  return generateBillingData(getSqlVariant(variantId).dataset);
}

/** Only `bugId` can change the answer here: every other seeded bug is neutralised first. */
export function hiddenData(key: SqlAnswerKey, bugId: SqlBugId): BillingData {
  const data = generateBillingData(key.hidden);
  for (const bug of key.bugs) if (bug.bugId !== bugId) bug.neutralise(data);
  const target = key.bugs.find((b) => b.bugId === bugId);
  if (!target) throw new Error(`Variant ${key.variantId} has no seeded bug ${bugId}`);
  target.expose(data);
  return data;
}

export function corruptedData(variantId: string, corruptionId: string): BillingData {
  const data = cloneData(visibleData(variantId));
  getCorruption(corruptionId).apply(data);
  return data;
}

export function visibleDataset(variantId: string): GradingDataset {
  const key = `${variantId}:visible`;
  return { key, kind: 'visible', description: 'The dataset the candidate worked on', script: cachedScript(key, () => visibleData(variantId)) };
}

export function hiddenDatasets(key: SqlAnswerKey): GradingDataset[] {
  return key.bugs.map((bug) => {
    const k = `${key.variantId}:hidden:${bug.bugId}`;
    return {
      key: k, kind: 'hidden', targetId: bug.bugId,
      description: `Hidden data where only the "${bug.bugId}" bug changes the answer`,
      script: cachedScript(k, () => hiddenData(key, bug.bugId)),
    };
  });
}

export function corruptedDatasets(key: SqlAnswerKey): GradingDataset[] {
  return key.corruptionIds.map((id) => {
    const k = `${key.variantId}:corrupted:${id}`;
    return {
      key: k, kind: 'corrupted', targetId: id, description: getCorruption(id).realProblem,
      script: cachedScript(k, () => corruptedData(key.variantId, id)),
    };
  });
}
