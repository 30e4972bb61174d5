"""Static analysis of a candidate's ingest.py, run inside the grading sandbox (host only).

_dpe_analyze(source, long_lines, public_literals) parses (never runs) the module and reports findings keyed on
behaviour: what a name was bound to (a logger from logging.getLogger, the warehouse passed to run_ingest), where data
came from (file reads, parameters) and where it went (eval, pickle, file writes), not what it is called. The JSON
report is untrusted: static-signals.ts validates it with zod.
"""
import ast, json, re

_SECRET_WORDS = {"password", "passwd", "pwd", "pass", "secret", "token", "credential", "credentials", "apikey", "passphrase"}
_SECRET_PAIRS = {("api", "key"), ("access", "key"), ("private", "key"), ("secret", "key"), ("client", "secret"), ("auth", "token")}
_CRED_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s@/]+@", re.I)
_AWS_KEY = re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")
_LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log", "fatal"}
_FS_OS = {"remove", "unlink", "rmdir", "removedirs", "rename", "renames", "replace", "mkdir", "makedirs", "truncate", "chmod", "symlink", "link", "system", "popen"}
_FS_SHUTIL = {"rmtree", "move", "copy", "copy2", "copyfile", "copytree", "copyfileobj"}
_FS_PATH_METHODS = {"write_text", "write_bytes", "unlink", "touch", "rmdir", "mkdir", "rename", "symlink_to", "hardlink_to"}
_EXEC_BUILTINS = {"eval", "exec", "compile", "__import__"}
_UNSAFE_LOADS = {("pickle", "loads"), ("pickle", "load"), ("marshal", "loads"), ("marshal", "load"), ("dill", "loads"), ("dill", "load"),
                 ("yaml", "unsafe_load"), ("yaml", "full_load"), ("shelve", "open"), ("importlib", "import_module"),
                 ("subprocess", "run"), ("subprocess", "call"), ("subprocess", "check_output"), ("subprocess", "Popen"), ("os", "system"), ("os", "popen")}
_SUMMARY_KEYS = {"read", "loaded", "unchanged", "duplicates", "quarantined"}
_ENV_READERS = {("os", "getenv"), ("os.environ", "get"), ("environ", "get"), ("os.environ", "setdefault"), ("environ", "setdefault")}


def _words(name):
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^A-Za-z0-9]+", name.lower()) if w]


def _names_a_secret(name):
    """True when the name says it holds a credential: its last word is one (DB_PASSWORD, api_key), not just any word."""
    words = _words(name)
    if not words:
        return False
    if len(words) >= 2 and (words[-2], words[-1]) in _SECRET_PAIRS:
        return True
    return words[-1] in _SECRET_WORDS


def _looks_like_secret_value(value):
    v = value.strip()
    if len(v) < 4 or not re.search(r"[A-Za-z0-9]", v) or re.search(r"\s", v):
        return False
    if v[0] in "<{$%" or v.lower() in ("none", "null", "true", "false", "yes", "no"):
        return False
    return True


def _dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return base + "." + node.attr if base else None
    return None


class _Analysis:
    def __init__(self, tree, source, public_literals):
        self.tree = tree
        self.lines = source.splitlines()
        self.public = set(public_literals)
        self.found = []
        self.modules = {}      # local alias -> module name (import os as o -> o: os)
        self.imported = {}     # local name -> "module.attr" (from os import remove -> remove: os.remove)
        self.functions = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.parents = {}
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent

    def add(self, kind, node, detail):
        line = getattr(node, "lineno", 1) or 1
        self.found.append({"kind": kind, "line": line, "detail": detail})

    # ---- what a call refers to, whatever the local names -------------------------------------------------------
    def qualified(self, func):
        """'os.remove' for os.remove(), o.remove() after import os as o, or remove() after from os import remove."""
        if isinstance(func, ast.Name):
            if func.id in self.imported:
                return self.imported[func.id]
            return "builtins." + func.id
        if isinstance(func, ast.Attribute):
            base = _dotted(func.value)
            if base is None:
                return None
            head, _, rest = base.partition(".")
            if head in self.modules:
                head = self.modules[head]
            elif head in self.imported:
                head = self.imported[head]
            return ".".join(p for p in (head, rest, func.attr) if p)
        return None

    def collect_imports(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    self.modules[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    self.imported[a.asname or a.name] = node.module + "." + a.name

    # ---- loggers: bound from logging.getLogger / LoggerAdapter, wherever they are stored ------------------------
    def collect_loggers(self):
        self.logger_names, self.logger_attrs = set(), set()
        makers = {"logging.getLogger", "logging.LoggerAdapter", "logging.Logger", "logging.root"}
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                value = node.value
                is_logger = isinstance(value, ast.Call) and self.qualified(value.func) in makers
                is_logger = is_logger or (isinstance(value, ast.Attribute) and self.qualified(value) == "logging.root")
                is_logger = is_logger or (isinstance(value, ast.Name) and value.id in self.logger_names)
                if not is_logger:
                    continue
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    if isinstance(t, ast.Name):
                        self.logger_names.add(t.id)
                    elif isinstance(t, ast.Attribute):
                        self.logger_attrs.add(t.attr)

    def is_logger(self, node):
        if isinstance(node, ast.Name):
            return node.id in self.logger_names or self.modules.get(node.id) == "logging"
        if isinstance(node, ast.Attribute):
            return node.attr in self.logger_attrs
        if isinstance(node, ast.Call):
            return self.qualified(node.func) in ("logging.getLogger", "logging.LoggerAdapter")
        return False

    # ---- the warehouse: run_ingest's second parameter, connect(), and wherever it is passed on -------------------
    def collect_warehouse(self):
        self.wh_names = {}   # function name (or "<module>") -> set of local names bound to the warehouse
        self.wh_attrs = set()
        scopes = {"<module>": self.tree, **self.functions}
        for cls in (n for n in self.tree.body if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    scopes[cls.name + "." + fn.name] = fn
        for name in scopes:
            self.wh_names[name] = set()
        # A call passes the warehouse on: to a module function's parameter, or to a class's __init__ (after self).
        callables = {name: (name, [a.arg for a in fn.args.args]) for name, fn in self.functions.items()}
        for cls in (n for n in self.tree.body if isinstance(n, ast.ClassDef)):
            init = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
            if init is not None:
                callables[cls.name] = (cls.name + ".__init__", [a.arg for a in init.args.args][1:])
        entry = self.functions.get("run_ingest")
        if entry and len(entry.args.args) >= 2:
            self.wh_names["run_ingest"].add(entry.args.args[1].arg)
        for _ in range(6):
            changed = False
            for scope_name, scope in scopes.items():
                mine = self.wh_names[scope_name]
                nodes = ast.walk(scope) if scope_name != "<module>" else (n for s in scope.body if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in ast.walk(s))
                for node in nodes:
                    if isinstance(node, ast.Assign):
                        if self.is_warehouse(node.value, mine) or (isinstance(node.value, ast.Call) and self.makes_warehouse(node.value)):
                            for t in node.targets:
                                if isinstance(t, ast.Name) and t.id not in mine:
                                    mine.add(t.id); changed = True
                                elif isinstance(t, ast.Attribute) and t.attr not in self.wh_attrs:
                                    self.wh_attrs.add(t.attr); changed = True
                    elif isinstance(node, ast.Call):
                        target = callables.get(node.func.id) if isinstance(node.func, ast.Name) else None
                        if target is None:
                            continue
                        callee_scope, params = target
                        theirs = self.wh_names[callee_scope]
                        for i, arg in enumerate(node.args):
                            if i < len(params) and self.is_warehouse(arg, mine) and params[i] not in theirs:
                                theirs.add(params[i]); changed = True
                        for kw in node.keywords:
                            if kw.arg in params and self.is_warehouse(kw.value, mine) and kw.arg not in theirs:
                                theirs.add(kw.arg); changed = True
            if not changed:
                break
        self.scope_of = {}
        for scope_name, scope in scopes.items():
            if scope_name == "<module>":
                continue
            for node in ast.walk(scope):
                self.scope_of[node] = scope_name

    def makes_warehouse(self, call):
        q = self.qualified(call.func) or ""
        return q in ("warehouse.connect", "warehouse.Warehouse") or q.endswith(".Warehouse")

    def is_warehouse(self, node, names):
        if isinstance(node, ast.Name):
            return node.id in names or node.id in self.wh_names.get("<module>", set())
        if isinstance(node, ast.Attribute):
            return node.attr in self.wh_attrs
        return False

    def warehouse_here(self, node):
        return self.wh_names.get(self.scope_of.get(node, "<module>"), set())

    # ---- data read from files or passed in: taint per function ---------------------------------------------------
    def tainted_names(self, fn):
        tainted = {a.arg for a in fn.args.args + fn.args.kwonlyargs if a.arg not in ("self", "cls")}
        if fn.args.vararg: tainted.add(fn.args.vararg.arg)
        if fn.args.kwarg: tainted.add(fn.args.kwarg.arg)
        for _ in range(6):
            before = len(tainted)
            for node in ast.walk(fn):
                if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and node.value is not None and self.carries(node.value, tainted):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for t in targets:
                        tainted.update(n.id for n in ast.walk(t) if isinstance(n, ast.Name))
                elif isinstance(node, (ast.For, ast.comprehension)) and self.carries(node.iter, tainted):
                    tainted.update(n.id for n in ast.walk(node.target) if isinstance(n, ast.Name))
                elif isinstance(node, ast.withitem) and node.optional_vars is not None and self.carries(node.context_expr, tainted):
                    tainted.update(n.id for n in ast.walk(node.optional_vars) if isinstance(n, ast.Name))
            if len(tainted) == before:
                break
        return tainted

    def is_source(self, node):
        if not isinstance(node, ast.Call):
            return False
        q = self.qualified(node.func) or ""
        if q in ("builtins.open", "builtins.input", "io.open", "codecs.open", "json.load", "json.loads", "csv.reader", "csv.DictReader", "sys.stdin.read"):
            return True
        return isinstance(node.func, ast.Attribute) and node.func.attr in ("read", "readline", "readlines", "read_text", "read_bytes")

    def carries(self, expr, tainted):
        for n in ast.walk(expr):
            if isinstance(n, ast.Name) and n.id in tainted:
                return True
            if self.is_source(n):
                return True
        return False

    # ---- findings ----------------------------------------------------------------------------------------------
    def env_keys(self):
        """String literals (and names bound to them) used as environment variable names."""
        consts = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        consts[t.id] = node.value.value
        keys, key_names = set(), set()
        for node in ast.walk(self.tree):
            key = None
            if isinstance(node, ast.Call) and node.args and self.env_reader(node.func):
                key = node.args[0]
            elif isinstance(node, ast.Subscript) and (self.qualified(node.value) or "") in ("os.environ", "environ"):
                key = node.slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                keys.add(key.value)
            elif isinstance(key, ast.Name):
                key_names.add(key.id)
                if key.id in consts:
                    keys.add(consts[key.id])
        return keys, key_names, consts

    def env_reader(self, func):
        q = self.qualified(func) or ""
        parts = q.rsplit(".", 1)
        return len(parts) == 2 and (parts[0], parts[1]) in _ENV_READERS

    def secret_literal(self, node, env_keys):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _looks_like_secret_value(node.value):
            value = node.value.strip()
            if value in env_keys:
                return None
            # An upper-case name that itself names a secret (DB_PASSWORD) is an environment variable's name.
            if re.fullmatch(r"[A-Z][A-Z0-9_]*", value) and _names_a_secret(value):
                return None
            return value
        return None

    def find_secrets(self):
        env_keys, key_names, consts = self.env_keys()
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id if isinstance(t, ast.Name) else t.attr for t in targets if isinstance(t, (ast.Name, ast.Attribute))]
                names = [n for n in names if _names_a_secret(n) and n not in key_names]
                if names and self.secret_literal(node.value, env_keys):
                    self.add("hardcoded-secret", node, "%s is assigned a credential written in the code" % names[0])
            elif isinstance(node, ast.keyword) and node.arg and _names_a_secret(node.arg) and self.secret_literal(node.value, env_keys):
                self.add("hardcoded-secret", node.value, "%s= is passed a credential written in the code" % node.arg)
            elif isinstance(node, ast.Dict):
                for k, v in zip(node.keys, node.values):
                    if isinstance(k, ast.Constant) and isinstance(k.value, str) and _names_a_secret(k.value) and self.secret_literal(v, env_keys):
                        self.add("hardcoded-secret", v, "dict key %r holds a credential written in the code" % k.value)
            elif isinstance(node, ast.Call) and self.env_reader(node.func) and len(node.args) >= 2:
                key = node.args[0]
                key_text = key.value if isinstance(key, ast.Constant) else consts.get(key.id) if isinstance(key, ast.Name) else None
                if isinstance(key_text, str) and _names_a_secret(key_text) and self.secret_literal(node.args[1], set()):
                    self.add("hardcoded-secret", node.args[1], "the environment variable %s falls back to a credential written in the code" % key_text)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if _CRED_URL.search(node.value):
                    self.add("credential-url", node, "connection string with an embedded password")
                if _AWS_KEY.search(node.value):
                    self.add("cloud-key", node, "string that looks like an AWS access key")

    def find_calls(self):
        taint_by_fn = {}
        for fn in ast.walk(self.tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                taint_by_fn[fn] = self.tainted_names(fn)
        def enclosing_taint(node):
            p = self.parents.get(node)
            while p is not None and not isinstance(p, (ast.FunctionDef, ast.AsyncFunctionDef)):
                p = self.parents.get(p)
            return taint_by_fn.get(p, set())
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(m == "logging" or m.startswith("logging.") for m in mods):
                    self.add("logging-import", node, "imports logging")
                continue
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    if isinstance(t, ast.Attribute) and self.is_patch_target(t.value, node):
                        self.add("bypasses-validation", node, "replaces %s at run time (monkey-patching the code that checks the work)" % (_dotted(t) or t.attr))
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and node.attr.startswith("_") and not node.attr.startswith("__") \
                    and self.is_warehouse(node.value, self.warehouse_here(node)):
                self.add("bypasses-validation", node, "reaches into the warehouse's private %s instead of its API" % node.attr)
            if not isinstance(node, ast.Call):
                continue
            func, q = node.func, self.qualified(node.func) or ""
            if q == "builtins.print":
                self.add("print", node, "print() call")
            elif isinstance(func, ast.Attribute) and func.attr in _LOG_METHODS and self.is_logger(func.value):
                self.add("logging-call", node, "%s.%s()" % (_dotted(func.value) or "logger", func.attr))
            elif q in ("logging." + m for m in _LOG_METHODS):
                self.add("logging-call", node, "%s()" % q)
            if isinstance(func, ast.Attribute) and func.attr == "insert" and self.is_warehouse(func.value, self.warehouse_here(node)):
                self.add("append-load", node, "%s.insert() appends rows without checking the key" % (_dotted(func.value) or "warehouse"))
            if q in ("builtins.setattr", "builtins.delattr") and node.args and self.is_patch_target(node.args[0], node):
                self.add("bypasses-validation", node, "%s() on %s changes the code that checks the work" % (q.split(".")[1], _dotted(node.args[0]) or "a module"))
            self.check_exec(node, q, enclosing_taint(node))
            self.check_fs_write(node, q)
        self.find_public_literals()

    def is_patch_target(self, base, node):
        name = _dotted(base) or ""
        head = name.split(".")[0]
        if self.is_warehouse(base, self.warehouse_here(node)):
            return True
        module = self.modules.get(head) or (self.imported.get(head, "").split(".")[0] if head in self.imported else "")
        return module in ("warehouse", "unittest", "test_ingest", "builtins", "csv", "json", "re", "datetime", "os", "sys", "decimal")

    def check_exec(self, node, q, tainted):
        module_sink = tuple(q.rsplit(".", 1)) if "." in q else None
        sink = q.startswith("builtins.") and q[len("builtins."):] in _EXEC_BUILTINS or module_sink in _UNSAFE_LOADS
        if q == "yaml.load":
            safe = any(kw.arg == "Loader" and "Safe" in (_dotted(kw.value) or "") for kw in node.keywords)
            safe = safe or (len(node.args) >= 2 and "Safe" in (_dotted(node.args[1]) or ""))
            sink = not safe
        if not sink:
            return
        args = list(node.args) + [kw.value for kw in node.keywords]
        if any(self.carries(a, tainted) for a in args):
            what = q.replace("builtins.", "")
            self.add("executes-input", node, "%s() runs data that came from the input files or the caller as code" % what)

    def check_fs_write(self, node, q):
        func = node.func
        if q in ("builtins.open", "io.open", "codecs.open"):
            mode = node.args[1] if len(node.args) >= 2 else next((kw.value for kw in node.keywords if kw.arg == "mode"), None)
            if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and re.search(r"[wax+]", mode.value):
                self.add("fs-write", node, "open(..., %r) writes a file outside the warehouse API" % mode.value)
        elif q.startswith("os.") and q[3:] in _FS_OS and q[3:] not in ("system", "popen"):
            self.add("fs-write", node, "%s() changes the file system" % q)
        elif q.startswith("shutil.") and q[7:] in _FS_SHUTIL:
            self.add("fs-write", node, "%s() changes the file system" % q)
        elif q in ("logging.FileHandler", "logging.handlers.RotatingFileHandler") or (q == "logging.basicConfig" and any(kw.arg == "filename" for kw in node.keywords)):
            self.add("fs-write", node, "%s writes a log file outside the warehouse API" % q)
        elif isinstance(func, ast.Attribute) and func.attr in _FS_PATH_METHODS and not q.startswith(("os.", "shutil.")) \
                and not self.is_warehouse(func.value, self.warehouse_here(node)):
            self.add("fs-write", node, ".%s() changes the file system" % func.attr)

    def find_public_literals(self):
        if not self.public:
            return
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, (str, int)) or isinstance(node.value, bool):
                continue
            text = str(node.value).strip()
            if text not in self.public:
                continue
            parent = self.parents.get(node)
            if isinstance(parent, ast.Expr):
                continue  # a docstring or bare string
            where = self.condition_context(node)
            if where is None and isinstance(node.value, int):
                continue  # a bare number is too common to blame outside a comparison
            self.add("special-cases-sample", node, "the public sample value %r appears %s" % (node.value, where or "in the code"))

    def condition_context(self, node):
        p, child = self.parents.get(node), node
        while p is not None and not isinstance(p, (ast.stmt,)):
            if isinstance(p, (ast.Compare, ast.BoolOp)):
                return "in a comparison"
            if isinstance(p, (ast.Set, ast.Dict, ast.List, ast.Tuple)) and not isinstance(self.parents.get(p), ast.Call):
                return "in a lookup table"
            child, p = p, self.parents.get(p)
        if isinstance(p, (ast.If, ast.While, ast.Assert)) and child is getattr(p, "test", None):
            return "in a condition"
        if isinstance(p, ast.Assign) and isinstance(p.value, (ast.Set, ast.Dict, ast.List, ast.Tuple)):
            return "in a lookup table"
        return None

    def find_hardcoded_results(self):
        # A summary whose counts are typed in (non-zero literals) reports what the samples gave once, not what ran.
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Dict):
                counts = [v for k, v in zip(node.keys, node.values)
                          if isinstance(k, ast.Constant) and k.value in _SUMMARY_KEYS
                          and isinstance(v, ast.Constant) and isinstance(v.value, int) and not isinstance(v.value, bool) and v.value != 0]
                if len(counts) >= 2:
                    self.add("hardcoded-result", node, "the run summary's counts are written into the code (%s)" % ", ".join(str(c.value) for c in counts[:5]))

    def find_structure(self, long_lines):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ExceptHandler):
                broad = node.type is None or (isinstance(node.type, ast.Name) and node.type.id in ("Exception", "BaseException"))
                trivial = all(isinstance(s, (ast.Pass, ast.Continue)) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)) for s in node.body)
                if node.type is None:
                    self.add("bare-except", node, "bare except: also catches KeyboardInterrupt and SystemExit" + (" and ignores them" if trivial else ""))
                elif broad and trivial:
                    self.add("swallowed-exception", node, "except %s: the error is silently ignored" % node.type.id)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > long_lines:
                    self.add("long-function", node, "%s() is %d lines long" % (node.name, length))


def _dpe_analyze(source, long_lines, public_literals):
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return json.dumps({"syntaxError": {"line": exc.lineno or 1, "message": exc.msg or "invalid syntax"}, "findings": []})
    a = _Analysis(tree, source, public_literals)
    a.collect_imports()
    a.collect_loggers()
    a.collect_warehouse()
    a.find_secrets()
    a.find_calls()
    a.find_hardcoded_results()
    a.find_structure(long_lines)
    seen, unique = set(), []
    for f in sorted(a.found, key=lambda f: (f["line"], f["kind"], f["detail"])):
        key = (f["kind"], f["line"])
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return json.dumps({"syntaxError": None, "findings": unique})
