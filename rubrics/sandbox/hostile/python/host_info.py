# Read host information: host name, OS release, network interfaces, user id, load, memory, home folder.
def _h_attack(source_dir):
    for scope in _h_scopes():
        probes = (
            ("hostname", lambda: scope.Deno.hostname()),
            ("os-release", lambda: scope.Deno.osRelease()),
            ("interfaces", lambda: scope.JSON.stringify(scope.Deno.networkInterfaces())),
            ("uid", lambda: scope.Deno.uid()),
            ("loadavg", lambda: scope.JSON.stringify(scope.Deno.loadavg())),
            ("system-memory", lambda: scope.JSON.stringify(scope.Deno.systemMemoryInfo())),
            ("home", lambda: scope.Deno.env.get("HOME")),
            ("node-hostname", lambda: scope.process.getBuiltinModule("os").hostname()),
            ("node-user", lambda: scope.JSON.stringify(scope.process.getBuiltinModule("os").userInfo())),
        )
        for tag, probe in probes:
            _h_try(lambda tag=tag, probe=probe: _h_loot(tag, probe()))
