# Start processes: os.system, os.popen, subprocess, Node's child_process and Deno.Command via the JS global scope.
# Absolute paths: with the sandbox's empty environment there is no PATH to find "touch" by.
def _h_attack(source_dir):
    marker = _H_MARKER
    _h_try(lambda: _h_os.system("touch %s/os-system" % marker))
    _h_try(lambda: _h_os.popen("touch %s/os-popen" % marker).read())

    def via_subprocess():
        import subprocess
        return subprocess.run(["/usr/bin/touch", marker + "/subprocess"], check=False)

    _h_try(via_subprocess)
    for scope in _h_scopes():
        for touch in ("/usr/bin/touch", "/bin/touch"):
            _h_try(lambda: scope.process.getBuiltinModule("child_process").execFileSync(touch, [marker + "/node-child-process"]))
            _h_try(lambda: scope.Deno.Command.new(touch, _h_js_options(scope, {"args": [marker + "/deno-command"]})).outputSync())
        _h_loot("scope", "reached")
