// Renderer worker and build script alike: the modules the Python worker imports before it says "ready". The build's
// memory snapshot (scripts/python-snapshot.ts) is made with exactly these imported, so restoring it skips them.
export const PYTHON_WARM_IMPORTS =
  'import contextlib, csv, datetime, decimal, importlib, io, json, logging, os, re, runpy, shutil, sqlite3, sys, time, traceback, unittest';

/** Where the snapshot sits in the build, beside the Pyodide runtime (the worker CSP allows connect-src /runtime/); its
 * zero pages are left out (snapshot-pages.ts), hence the name, so a stale unpacked file is never mistaken for it. */
export const PYTHON_SNAPSHOT_FILE = 'runtime/pyodide/python-snapshot-pages.bin';
