-- Open a host file as a database, creating a marker file if the engine could reach the disk.
ATTACH DATABASE '__MARKER_DIR__/attached.db' AS host_file
