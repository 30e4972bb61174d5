# Never finish: a loop inside C (ignores interrupts) in one scenario, a loop that swallows the interrupt in another.
def _h_attack(source_dir):
    names = set(_h_try(lambda: _h_os.listdir(source_dir)) or [])
    if "broken.json" in names:
        sum(range(10 ** 12))
    if "big.csv" in names:
        while True:
            try:
                while True:
                    pass
            except KeyboardInterrupt:
                pass
