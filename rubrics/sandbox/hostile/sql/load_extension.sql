-- Load native code into the engine.
SELECT load_extension('/usr/lib/x86_64-linux-gnu/libc.so.6')
