// Pure (renderer, worker, host): the zod shape of a Python-ingestion variant, so broken content fails loudly at load time.
import { z } from 'zod';

export const FieldTypeSchema = z.enum(['string', 'integer', 'decimal', 'date', 'email', 'enum']);
export type FieldType = z.infer<typeof FieldTypeSchema>;

/** One column of the declared schema, shown to the candidate as a table and restated in the task text. */
export const FieldSpecSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/),
    type: FieldTypeSchema,
    required: z.boolean(),
    description: z.string().min(1),
    /** Enum values, compared exactly after trimming. */
    allowed: z.array(z.string().min(1)).min(1).optional(),
    /** A full-match regular expression (Python `re` syntax) for string fields. */
    pattern: z.string().optional(),
    /** Inclusive lower bound for integer and decimal fields. */
    min: z.number().optional(),
    /** Valid example values; the UI shows them and hidden-test generators reuse them. */
    examples: z.array(z.string()).min(1),
  })
  .refine((f) => (f.type === 'enum') === (f.allowed !== undefined), { message: 'enum fields (and only they) declare allowed values' });
export type FieldSpec = z.infer<typeof FieldSpecSchema>;

/** A file written into the candidate's workspace; `path` is relative to the workspace root. */
export const WorkspaceFileSchema = z.object({
  path: z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/),
  content: z.string(),
  /** Whether the candidate may edit it (only ingest.py is editable; everything else is read-only). */
  editable: z.boolean(),
  description: z.string(),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

export const PythonVariantSchema = z
  .object({
    variantId: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** Markdown shown in the task pane. */
    taskText: z.string().min(200),
    table: z.string().regex(/^[a-z_]+$/),
    keyField: z.string(),
    fields: z.array(FieldSpecSchema).min(3),
    /** Sample source files, relative to the workspace root (they live under `data/`). */
    sampleFiles: z.array(WorkspaceFileSchema).min(2),
    warehouseSource: z.string().min(1),
    starterSource: z.string().min(1),
    publicTestsSource: z.string().min(1),
  })
  .superRefine((v, ctx) => {
    const names = v.fields.map((f) => f.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'field names must be unique' });
    const key = v.fields.find((f) => f.name === v.keyField);
    if (!key) ctx.addIssue({ code: 'custom', message: `key field "${v.keyField}" is not declared` });
    else if (!key.required) ctx.addIssue({ code: 'custom', message: 'the key field must be required' });
    const kinds = new Set(v.sampleFiles.map((f) => f.path.split('.').pop()));
    if (!kinds.has('csv') || !kinds.has('json')) ctx.addIssue({ code: 'custom', message: 'a variant needs a CSV and a JSON sample file' });
    if (v.sampleFiles.some((f) => !f.path.startsWith('data/') || f.editable)) {
      ctx.addIssue({ code: 'custom', message: 'sample files live under data/ and are read-only' });
    }
  });
export type PythonVariant = z.infer<typeof PythonVariantSchema>;
