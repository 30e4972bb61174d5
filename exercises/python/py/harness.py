# dpe-template: the harness that runs tests or a module inside Pyodide (the candidate's worker and the grader alike);
# dpe-template: exercises/python/python-harness.ts appends the call. Lines starting "# dpe-template:" are dropped.
import contextlib, importlib, io, json, logging, os, runpy, sys, time, traceback, unittest

_DPE_UNITTEST_DIR = os.path.dirname(os.path.abspath(unittest.__file__))


class _DpeCapture(io.TextIOBase):
    # A runaway print loop must not exhaust memory, so output past the cap is counted but dropped.
    def __init__(self, cap):
        self._parts, self._size, self.cap, self.truncated = [], 0, cap, False

    def writable(self):
        return True

    def write(self, s):
        s = s if isinstance(s, str) else str(s)
        room = self.cap - self._size
        if len(s) > room:
            self.truncated = True
            s = s[:max(room, 0)]
        if s:
            self._parts.append(s)
            self._size += len(s)
        return len(s)

    def getvalue(self):
        return "".join(self._parts)


def _dpe_rel(path, root):
    if not path or path.startswith("<"):
        return None
    path = os.path.abspath(path)
    return os.path.relpath(path, root) if path.startswith(root + os.sep) else None


def _dpe_error(exc, root, label=""):
    # Frames inside the workspace carry the file's own line numbers, which are the editor's line numbers.
    frames = []
    stack = [f for f in traceback.extract_tb(exc.__traceback__)
             if not (f.filename.startswith("<") or os.path.abspath(f.filename).startswith(_DPE_UNITTEST_DIR))]
    for f in stack:
        rel = _dpe_rel(f.filename, root)
        if rel is not None:
            frames.append({"file": rel, "line": f.lineno or 0, "function": f.name, "code": (f.line or "").strip()})
    if isinstance(exc, SyntaxError) and exc.lineno:
        rel = _dpe_rel(exc.filename or "", root)
        if rel is not None:
            frames.append({"file": rel, "line": exc.lineno, "function": "<module>", "code": (exc.text or "").strip()})
    text = "".join(traceback.format_list(stack)) + "".join(traceback.format_exception_only(type(exc), exc))
    if stack:
        text = "Traceback (most recent call last):\n" + text
    message = str(exc) if isinstance(exc, AssertionError) else "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return {"label": label, "message": message, "traceback": text, "frames": frames}


class _DpeResult(unittest.TestResult):
    def __init__(self, root):
        super().__init__()
        self.root, self.records, self._t0 = root, [], time.perf_counter()

    def startTest(self, test):
        super().startTest(test)
        self._t0 = time.perf_counter()

    def _add(self, test, status, err=None, message=""):
        rec = {
            "id": test.id(),
            "name": getattr(test, "_testMethodName", test.id()),
            "description": (test.shortDescription() or "") if hasattr(test, "shortDescription") else "",
            "status": status, "message": message, "traceback": "", "frames": [],
            "durationMs": round((time.perf_counter() - self._t0) * 1000, 1),
        }
        if err is not None:
            info = _dpe_error(err[1], self.root)
            rec.update(message=info["message"], traceback=info["traceback"], frames=info["frames"])
        self.records.append(rec)

    def addSuccess(self, test):
        super().addSuccess(test); self._add(test, "pass")

    def addFailure(self, test, err):
        super().addFailure(test, err); self._add(test, "fail", err)

    def addError(self, test, err):
        super().addError(test, err); self._add(test, "error", err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason); self._add(test, "skip", message=reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err); self._add(test, "pass")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test); self._add(test, "fail", message="unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], self.failureException)
            self._add(subtest, "fail" if failed else "error", err)


def _dpe_enter(root, names):
    # Each run starts from the files on disk: purge workspace modules, never write stale bytecode.
    sys.dont_write_bytecode = True
    for name in list(sys.modules):
        f = getattr(sys.modules.get(name), "__file__", None)
        if name in names or (isinstance(f, str) and os.path.abspath(f).startswith(root + os.sep)):
            del sys.modules[name]
    while root in sys.path:
        sys.path.remove(root)
    sys.path.insert(0, root)
    importlib.invalidate_caches()
    state = {"cwd": os.getcwd(), "handlers": list(logging.root.handlers), "level": logging.root.level}
    os.chdir(root)
    return state


def _dpe_exit(state):
    os.chdir(state["cwd"])
    # Handlers added by candidate code hold the capture buffers; drop them so the next run starts clean.
    logging.root.handlers[:] = state["handlers"]
    logging.root.setLevel(state["level"])


def _dpe_flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _dpe_flatten(item)
        else:
            yield item


def _dpe_run_tests(root, modules, only=None, output_cap=200000):
    root = os.path.abspath(root)
    started = time.perf_counter()
    out, err = _DpeCapture(output_cap), _DpeCapture(output_cap)
    result, collection = _DpeResult(root), []
    state = _dpe_enter(root, set(modules) | {"ingest", "warehouse"})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tests = []
            for name in modules:
                try:
                    module = importlib.import_module(name)
                except (Exception, SystemExit) as exc:
                    collection.append(_dpe_error(exc, root, name))
                    continue
                tests.extend(_dpe_flatten(unittest.defaultTestLoader.loadTestsFromModule(module)))
            if only is not None:
                tests = [t for t in tests if getattr(t, "_testMethodName", None) in only]
            unittest.TestSuite(tests).run(result)
    finally:
        _dpe_exit(state)
    records = result.records
    counts = {s: sum(1 for r in records if r["status"] == s) for s in ("pass", "fail", "error", "skip")}
    return json.dumps({
        "kind": "tests",
        "ok": not collection and bool(records) and counts["fail"] == 0 and counts["error"] == 0,
        "counts": {"total": len(records), "passed": counts["pass"], "failed": counts["fail"],
                   "errors": counts["error"], "skipped": counts["skip"]},
        "tests": records,
        "collectionErrors": collection,
        "stdout": out.getvalue(), "stderr": err.getvalue(),
        "truncated": out.truncated or err.truncated,
        "durationMs": round((time.perf_counter() - started) * 1000, 1),
    })


def _dpe_run_module(root, module, output_cap=200000, env=None):
    root = os.path.abspath(root)
    started = time.perf_counter()
    out, err = _DpeCapture(output_cap), _DpeCapture(output_cap)
    status, exit_code, error = "ok", 0, None
    state = _dpe_enter(root, {module, "ingest", "warehouse"})
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                runpy.run_path(os.path.join(root, module + ".py"), run_name="__main__")
            except SystemExit as exc:
                code = exc.code
                exit_code = code if isinstance(code, int) else (0 if code is None else 1)
                if code is not None and not isinstance(code, int):
                    print(code, file=sys.stderr)
                status = "ok" if exit_code == 0 else "exit"
            except Exception as exc:
                status, exit_code, error = "error", 1, _dpe_error(exc, root, module)
    finally:
        _dpe_exit(state)
    return json.dumps({
        "kind": "run", "status": status, "exitCode": exit_code, "error": error,
        "stdout": out.getvalue(), "stderr": err.getvalue(),
        "truncated": out.truncated or err.truncated,
        "durationMs": round((time.perf_counter() - started) * 1000, 1),
    })
