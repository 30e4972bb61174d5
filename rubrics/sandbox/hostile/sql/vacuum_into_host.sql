-- Write the whole database to a host path.
VACUUM INTO '__MARKER_DIR__/vacuum.db'
