"""Grading driver, run inside the Deno sandbox's Pyodide worker.

It calls the candidate's run_ingest on the scenario files the host wrote and reports what the code produced
(return value or exception, warehouse rows, quarantine, runs) as JSON. It holds no expected results and makes no
assertions: the host validates the report and compares. Everything here can be tampered with by the candidate's
code, so the host treats the report as untrusted data.
"""
import contextlib
import decimal
import errno
import importlib
import importlib.util
import io
import json
import logging
import os
import posix
import sys
import traceback

_dpe_dumps = json.dumps
_DPE = {}
_DPE_TEXT_CAP = 10000
_DPE_OUTPUT_CAP = 100000


def _dpe_no_processes(*args, **kwargs):
    raise OSError(errno.ENOSYS, "processes and signals are not available in the grading sandbox")


# In Pyodide on Deno these calls end in a JavaScript error inside the interpreter's C code, which breaks the whole
# interpreter (the sandbox would refuse them anyway). Failing them cleanly keeps the rest of the submission gradable.
# Code that digs out the originals only breaks its own run: the worker is then replaced for the next one.
for _dpe_module in (os, posix):
    for _dpe_name in ("system", "popen", "fork", "forkpty", "execv", "execve", "execl", "execle", "execlp", "execlpe",
                      "execvp", "execvpe", "spawnv", "spawnve", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnvp",
                      "spawnvpe", "posix_spawn", "posix_spawnp", "kill", "killpg", "waitpid", "wait"):
        if hasattr(_dpe_module, _dpe_name):
            setattr(_dpe_module, _dpe_name, _dpe_no_processes)
try:
    import _posixsubprocess
    _posixsubprocess.fork_exec = _dpe_no_processes
except ImportError:
    pass


class _DpeSink(io.TextIOBase):
    """Swallows what the candidate prints, keeping a bounded amount (a print loop must not exhaust memory)."""

    def __init__(self):
        self.size = 0

    def writable(self):
        return True

    def write(self, s):
        self.size = min(self.size + len(s), _DPE_OUTPUT_CAP)
        return len(s)


def _dpe_text(value, cap=_DPE_TEXT_CAP):
    try:
        text = str(value)
    except BaseException as exc:  # a custom __str__ may raise anything
        if isinstance(exc, KeyboardInterrupt):
            raise
        text = "<unprintable %s>" % type(value).__name__
    return text if len(text) <= cap else text[:cap] + "..."


def _dpe_value(value, depth=0):
    """A JSON-safe, type-tagged copy of a value the candidate's code produced."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        value = int(value)
        return value if abs(value) < 2 ** 53 else {"$int": str(value)}
    if isinstance(value, float):
        value = float(value)
        return value if value == value and value not in (float("inf"), float("-inf")) else {"$float": repr(value)}
    if isinstance(value, str):
        return _dpe_text(str.__str__(value))
    if isinstance(value, decimal.Decimal):
        return {"$decimal": _dpe_text(value, 200)}
    if depth < 4 and isinstance(value, dict):
        if all(type(k) is str and not k.startswith("$") for k in value):
            return {k: _dpe_value(v, depth + 1) for k, v in list(value.items())[:200]}
    if depth < 4 and isinstance(value, (list, tuple)):
        return [_dpe_value(v, depth + 1) for v in list(value)[:200]]
    return {"$type": type(value).__name__, "$str": _dpe_text(value, 500)}


def _dpe_frames(exc, root):
    frames = []
    for f in traceback.extract_tb(exc.__traceback__):
        path = os.path.abspath(f.filename or "")
        if path.startswith(root + os.sep):
            frames.append({"file": os.path.relpath(path, root), "line": f.lineno or 0, "function": f.name})
    if isinstance(exc, SyntaxError) and exc.lineno and os.path.abspath(exc.filename or "").startswith(root + os.sep):
        frames.append({"file": os.path.relpath(os.path.abspath(exc.filename), root), "line": exc.lineno, "function": "<module>"})
    return frames[-20:]


def _dpe_exception(exc, root):
    kind = type(exc)
    return {
        "type": kind.__name__,
        "mro": [c.__name__ for c in kind.__mro__][:20],
        "message": _dpe_text(exc, 2000),
        "frames": _dpe_frames(exc, root),
    }


# Compiled submission modules by (path, source bytes): each scenario runs the module afresh in a new module object,
# but compiling it 27 times per submission cost more than running most scenarios. Changed source compiles again.
_DPE_CODE = {}


def _dpe_load(name, root):
    """Imports root/<name>.py as a fresh module, as `import name` would, from a cached compile of the same source."""
    path = os.path.join(root, name + ".py")
    with open(path, "rb") as handle:
        source = handle.read()
    code = _DPE_CODE.get((path, source))
    if code is None:
        code = compile(source, path, "exec", dont_inherit=True)
        _DPE_CODE[(path, source)] = code
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def _dpe_begin(spec_json):
    spec = json.loads(spec_json)
    root = os.path.abspath(spec["root"])
    # Each scenario imports ingest.py afresh: module-level state cannot leak from one scenario into the next.
    sys.dont_write_bytecode = True
    for name in list(sys.modules):
        f = getattr(sys.modules.get(name), "__file__", None)
        if name in ("ingest", "warehouse") or (isinstance(f, str) and os.path.abspath(f).startswith(root + os.sep)):
            del sys.modules[name]
    while root in sys.path:
        sys.path.remove(root)
    sys.path.insert(0, root)
    importlib.invalidate_caches()
    _DPE.clear()
    _DPE.update(spec=spec, root=root, module=None, cwd=os.getcwd(), handlers=list(logging.root.handlers), level=logging.root.level)
    os.chdir(root)
    warehouse = _dpe_load("warehouse", root)
    _DPE["warehouse"] = warehouse.Warehouse()
    return "ok"


def _dpe_ingest(missing_dir):
    spec, root = _DPE["spec"], _DPE["root"]
    target = os.path.join(spec["dir"], "no_such_dir") if missing_dir else spec["dir"]
    sink = _DpeSink()
    phase = "import"
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            if _DPE["module"] is None:
                _DPE["module"] = _dpe_load("ingest", root)
            phase = "run"
            returned = _DPE["module"].run_ingest(target, _DPE["warehouse"])
        return _dpe_dumps({"returned": _dpe_value(returned)})
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return _dpe_dumps({"raised": _dpe_exception(exc, root), "phase": phase})


def _dpe_try(fn):
    try:
        return {"value": fn()}
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return {"error": _dpe_exception(exc, _DPE["root"])}


def _dpe_quarantine_entry(entry):
    if not isinstance(entry, dict):
        return {"reason": None, "recordText": None, "notADict": True}
    try:
        record_text = _dpe_text(json.dumps(entry.get("record"), ensure_ascii=False, default=str), 5000)
    except KeyboardInterrupt:
        raise
    except BaseException:
        record_text = None
    return {"reason": _dpe_value(entry.get("reason")), "recordText": record_text}


def _dpe_collect():
    spec, warehouse = _DPE["spec"], _DPE["warehouse"]
    table = spec["table"]
    sink = _DpeSink()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        state = {
            "count": _dpe_try(lambda: _dpe_value(warehouse.count(table))),
            "rows": [{"key": k, **_dpe_try(lambda k=k: _dpe_value(warehouse.get(table, k)))} for k in spec["keys"]],
            "runs": _dpe_try(lambda: len(warehouse.runs)),
        }
        entries = _dpe_try(lambda: list(warehouse.quarantined(table)))
        if "error" in entries:
            state["quarantine"] = entries
        elif spec["capture"] == "full":
            state["quarantine"] = {"value": [_dpe_quarantine_entry(e) for e in entries["value"][:2000]], "total": len(entries["value"])}
        else:
            state["quarantine"] = {"value": [], "total": len(entries["value"])}
    return _dpe_dumps(state)


def _dpe_end():
    if "cwd" in _DPE:
        os.chdir(_DPE["cwd"])
        # Handlers added by candidate code hold the capture buffers; drop them so the next scenario starts clean.
        logging.root.handlers[:] = _DPE["handlers"]
        logging.root.setLevel(_DPE["level"])
    return "ok"
