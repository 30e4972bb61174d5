# Exhaust memory: one huge allocation at import, unbounded growth in one scenario, deep recursion in another.
_h_try(lambda: bytearray(2 ** 34))


def _h_attack(source_dir):
    names = set(_h_try(lambda: _h_os.listdir(source_dir)) or [])
    if "broken.json" in names:
        blocks = []
        try:
            while True:
                blocks.append(bytearray(64 * 1024 * 1024))
        except MemoryError:
            _h_loot("memory", "capped")
        del blocks
    if "drifted.csv" in names:
        import sys
        sys.setrecursionlimit(10 ** 6)

        def dive(n):
            return dive(n + 1) + 1

        _h_try(lambda: dive(0))
