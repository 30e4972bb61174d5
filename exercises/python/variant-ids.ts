// Pure: the Python exercise's variant ids (stable; stored sessions refer to them).
export const PYTHON_VARIANT_IDS = ['orders-ingest', 'signups-ingest'] as const;
