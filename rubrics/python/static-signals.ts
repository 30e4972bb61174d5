// Host only: static signals from Python's `ast` (run inside the grading Pyodide): swallowed exceptions, secrets, logging, function size.
import { z } from 'zod';
import { pythonLiteral } from '../../exercises/python/python-harness';

/** A function longer than this many lines counts as long. */
export const LONG_FUNCTION_LINES = 50;

const ANALYZER = String.raw`
import ast, json, re

_SECRET_NAME = re.compile(r"(pass(word|wd)?|pwd|secret|token|api_?key|access_?key|private_?key|credential)", re.I)
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_CRED_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s@/]+@", re.I)
_AWS_KEY = re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")
_LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}


def _target_names(node):
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    for t in targets:
        for sub in ast.walk(t):
            if isinstance(sub, ast.Name):
                yield sub.id
            elif isinstance(sub, ast.Attribute):
                yield sub.attr


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
        # An upper-case word is the name of an environment variable, not a secret.
        return None if _ENV_NAME.fullmatch(node.value) else node.value
    return None


def _trivial(body):
    return all(isinstance(s, (ast.Pass, ast.Continue)) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)) for s in body)


def _dpe_analyze(source, long_lines):
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return json.dumps({"syntaxError": {"line": exc.lineno or 1, "message": exc.msg or "invalid syntax"}, "findings": []})
    found = []
    add = lambda kind, node, detail: found.append({"kind": kind, "line": getattr(node, "lineno", 1) or 1, "detail": detail})
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            broad = node.type is None or (isinstance(node.type, ast.Name) and node.type.id in ("Exception", "BaseException"))
            if node.type is None:
                add("bare-except", node, "bare except: also catches KeyboardInterrupt and SystemExit" + (" and ignores them" if _trivial(node.body) else ""))
            elif broad and _trivial(node.body):
                add("swallowed-exception", node, "except %s: the error is silently ignored" % node.type.id)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            value = _literal(node.value)
            names = [n for n in _target_names(node) if _SECRET_NAME.search(n)]
            if value and names:
                add("hardcoded-secret", node, "%s is assigned a string literal" % names[0])
        elif isinstance(node, ast.keyword) and node.arg and _SECRET_NAME.search(node.arg) and _literal(node.value):
            add("hardcoded-secret", node.value, "%s= is passed a string literal" % node.arg)
        elif isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values):
                if isinstance(k, ast.Constant) and isinstance(k.value, str) and _SECRET_NAME.search(k.value) and _literal(v):
                    add("hardcoded-secret", v, "dict key %r holds a string literal" % k.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _CRED_URL.search(node.value):
                add("credential-url", node, "connection string with an embedded password")
            if _AWS_KEY.search(node.value):
                add("cloud-key", node, "string that looks like an AWS access key")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if any(m == "logging" or m.startswith("logging.") for m in mods):
                add("logging-import", node, "imports logging")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "print":
                add("print", node, "print() call")
            elif isinstance(func, ast.Attribute) and func.attr in _LOG_METHODS and isinstance(func.value, ast.Name) \
                    and ("log" in func.value.id.lower()):
                add("logging-call", node, "%s.%s()" % (func.value.id, func.attr))
            elif isinstance(func, ast.Attribute) and func.attr == "insert" and isinstance(func.value, ast.Name) \
                    and "warehouse" in func.value.id.lower():
                add("append-load", node, "%s.insert() appends rows without checking the key" % func.value.id)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > long_lines:
                add("long-function", node, "%s() is %d lines long" % (node.name, length))
    found.sort(key=lambda f: (f["line"], f["kind"]))
    return json.dumps({"syntaxError": None, "findings": found})
`;

export const StaticFindingSchema = z.object({
  kind: z.enum([
    'bare-except',
    'swallowed-exception',
    'hardcoded-secret',
    'credential-url',
    'cloud-key',
    'logging-import',
    'logging-call',
    'print',
    'append-load',
    'long-function',
  ]),
  /** 1-based line in the candidate's source. */
  line: z.number().int().positive(),
  detail: z.string(),
});
export type StaticFinding = z.infer<typeof StaticFindingSchema>;

export const StaticReportSchema = z.object({
  syntaxError: z.object({ line: z.number().int().positive(), message: z.string() }).nullable(),
  findings: z.array(StaticFindingSchema),
});
export type StaticReport = z.infer<typeof StaticReportSchema>;

/** Code for `runPython` that parses (never runs) `source` and returns the JSON report. */
export function buildStaticAnalysisCode(source: string): string {
  return `${ANALYZER}\n_dpe_analyze(${pythonLiteral(source)}, ${LONG_FUNCTION_LINES})\n`;
}

export function parseStaticReport(json: string): StaticReport {
  return StaticReportSchema.parse(JSON.parse(json));
}

export const SECRET_KINDS: ReadonlySet<StaticFinding['kind']> = new Set(['hardcoded-secret', 'credential-url', 'cloud-key']);
export const SWALLOW_KINDS: ReadonlySet<StaticFinding['kind']> = new Set(['bare-except', 'swallowed-exception']);
