# Open network connections to a decoy server on 127.0.0.1: urllib, sockets, pyodide.http, fetch, XHR, Deno.connect, WebSocket.
def _h_attack(source_dir):
    url, port = "__DECOY_URL__", __DECOY_PORT__
    _h_try(lambda: __import__("urllib.request").request.urlopen(url + "/urllib", timeout=1).read())
    _h_try(lambda: __import__("socket").create_connection(("127.0.0.1", port), 1))
    _h_try(lambda: __import__("pyodide.http").http.open_url(url + "/open-url"))
    from pyodide.ffi import create_proxy
    ignore = create_proxy(lambda *args: None)
    for scope in _h_scopes():
        _h_try(lambda: scope.fetch(url + "/fetch").catch(ignore))
        _h_try(lambda: scope.Deno.connect(_h_js_options(scope, {"hostname": "127.0.0.1", "port": port})).catch(ignore))

        def xhr():
            request = scope.XMLHttpRequest.new()
            request.open("GET", url + "/xhr", False)
            request.send()

        _h_try(xhr)
        _h_try(lambda: scope.WebSocket.new("ws://127.0.0.1:%d/ws" % port))
