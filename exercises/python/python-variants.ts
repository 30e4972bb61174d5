// Pure: the Python exercise's variant registry and the workspace files the candidate's worker writes into Pyodide's FS.
import { PYTHON_VARIANT_IDS } from './variant-ids';
import { ORDERS_VARIANT } from './orders-variant';
import { PythonVariantSchema, type PythonVariant, type WorkspaceFile } from './python-variant-schema';
import { SIGNUPS_VARIANT } from './signups-variant';

export type { PythonVariant, WorkspaceFile, FieldSpec } from './python-variant-schema';
export { PythonVariantSchema } from './python-variant-schema';

/** Where the candidate's worker mounts the workspace; the harness takes the root as a parameter, so any path works. */
export const PYTHON_WORKSPACE_ROOT = '/work/session/python';
export const PYTHON_MODULE_FILE = 'ingest.py';
export const PYTHON_PUBLIC_TEST_MODULE = 'test_ingest';

const RAW_VARIANTS: readonly unknown[] = [ORDERS_VARIANT, SIGNUPS_VARIANT];

let cache: PythonVariant[] | null = null;

/** Every variant, validated; throws naming the variant and the problem if content is broken. */
export function listPythonVariants(): PythonVariant[] {
  if (cache) return cache;
  const parsed = RAW_VARIANTS.map((raw, i) => {
    const result = PythonVariantSchema.safeParse(raw);
    if (!result.success) {
      const id = (raw as { variantId?: unknown })?.variantId ?? `#${i}`;
      throw new Error(`Python variant ${String(id)} is invalid: ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    return result.data;
  });
  const ids = parsed.map((v) => v.variantId);
  const declared = [...PYTHON_VARIANT_IDS] as string[];
  if (ids.join(',') !== declared.join(',')) throw new Error(`Python variants [${ids.join(', ')}] do not match PYTHON_VARIANT_IDS [${declared.join(', ')}]`);
  cache = parsed;
  return parsed;
}

export function getPythonVariant(variantId: string): PythonVariant {
  const variant = listPythonVariants().find((v) => v.variantId === variantId);
  if (!variant) throw new Error(`Unknown Python variant "${variantId}" (known: ${PYTHON_VARIANT_IDS.join(', ')})`);
  return variant;
}

/**
 * The files of a candidate workspace, paths relative to the workspace root. Pass the candidate's current source
 * (or omit it for the starter). Write each to `${root}/${path}` (create `data/` first) before running a harness.
 */
export function pythonWorkspaceFiles(variantId: string, source?: string): WorkspaceFile[] {
  const v = getPythonVariant(variantId);
  return [
    { path: PYTHON_MODULE_FILE, content: source ?? v.starterSource, editable: true, description: 'Your ingestion module.' },
    { path: 'warehouse.py', content: v.warehouseSource, editable: false, description: 'Mocked warehouse client.' },
    { path: `${PYTHON_PUBLIC_TEST_MODULE}.py`, content: v.publicTestsSource, editable: false, description: 'Public tests.' },
    ...v.sampleFiles,
  ];
}
