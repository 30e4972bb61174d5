// Host worker thread (plain ESM, no TS tooling needed): runs one candidate SQL statement on a fresh sql.js copy of a dataset.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const sqlJsPath = require.resolve('sql.js/dist/sql-wasm.js');
const initSqlJs = require(sqlJsPath);
const SQL = await initSqlJs({ locateFile: (file) => sqlJsPath.replace(/sql-wasm\.js$/, file) });

/** Built databases as byte images: copying an image is far cheaper than replaying the INSERT script. */
const images = new Map();
const MAX_IMAGES = 32;
const MISSING = 'dataset-missing';

function imageFor(key, script) {
  let image = images.get(key);
  if (image) return image;
  if (typeof script !== 'string') throw Object.assign(new Error(`dataset ${key} is not loaded in this worker`), { code: MISSING });
  const db = new SQL.Database();
  try {
    db.exec(script);
    image = db.export();
  } finally {
    db.close();
  }
  if (images.size >= MAX_IMAGES) images.delete(images.keys().next().value);
  images.set(key, image);
  return image;
}

function hasMoreSql(rest) {
  const stripped = rest.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/;/g, ' ');
  return stripped.trim().length > 0;
}

function run(msg) {
  const db = new SQL.Database(imageFor(msg.datasetKey, msg.script));
  try {
    // The copy is already private; query_only also turns writes into clear errors instead of silent edits.
    db.exec('PRAGMA query_only = ON');
    parentPort.postMessage({ type: 'started', id: msg.id });
    const it = db.iterateStatements(msg.sql);
    const first = it.next();
    if (first.done) return { ok: false, error: 'The query is empty.', timedOut: false };
    const stmt = first.value;
    const ignoredExtraStatements = hasMoreSql(it.getRemainingSQL());
    try {
      const columns = stmt.getColumnNames();
      const rows = [];
      let truncated = false;
      while (stmt.step()) {
        if (rows.length >= msg.maxRows) {
          truncated = true;
          break;
        }
        rows.push(stmt.get());
      }
      return { ok: true, columns, rows, truncated, ignoredExtraStatements };
    } finally {
      stmt.free();
    }
  } finally {
    db.close();
  }
}

parentPort.on('message', (msg) => {
  let result;
  try {
    result = run(msg);
  } catch (err) {
    result = { ok: false, error: err instanceof Error ? err.message : String(err), timedOut: false };
    // The parent thought the image was cached but it was evicted: it will resend the script.
    if (err && err.code === MISSING) result.missingDataset = true;
  }
  parentPort.postMessage({ type: 'result', id: msg.id, result });
});
parentPort.postMessage({ type: 'ready' });
