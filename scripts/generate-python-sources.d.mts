// Types for scripts/generate-python-sources.mjs (imported by the staleness test).
export declare const PY_DIR: string;
export declare const GENERATED_DIR: string;
export declare const RUBRIC_PY_DIR: string;
export declare function renderPythonSources(dir?: string): Record<string, string>;
