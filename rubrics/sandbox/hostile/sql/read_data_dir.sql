-- Read the reviewer's data folder through SQLite's file access.
ATTACH DATABASE '__DATA_DIR__/secret.json' AS secret
