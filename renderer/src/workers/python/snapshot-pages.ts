// Renderer worker and build script alike: the Python memory snapshot on disk without its all-zero pages. About half
// of Pyodide's 31.5 MB heap is zeros; on the loopback the transfer into the worker, not the disk, is what costs, so
// the build writes only the non-zero runs and the worker lays them into a zeroed buffer of the full size.
//
// Layout (little endian): "DPESNAP1", u32 full length, u32 run count, count × (u32 offset, u32 length), run bytes.

const MAGIC = 'DPESNAP1';
const HEADER_BYTES = 16;
const PAGE = 4096;

/** The non-zero 4 KiB pages of `memory`, merged into runs, behind a header that lets `expandSnapshotPages` rebuild it. */
export function packSnapshotPages(memory: Uint8Array): Uint8Array {
  const runs: [number, number][] = [];
  for (let offset = 0; offset < memory.length; offset += PAGE) {
    const end = Math.min(offset + PAGE, memory.length);
    if (isZero(memory, offset, end)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === offset) last[1] += end - offset;
    else runs.push([offset, end - offset]);
  }
  const dataBytes = runs.reduce((sum, [, length]) => sum + length, 0);
  const out = new Uint8Array(HEADER_BYTES + runs.length * 8 + dataBytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, memory.length, true);
  view.setUint32(12, runs.length, true);
  let cursor = HEADER_BYTES + runs.length * 8;
  runs.forEach(([offset, length], i) => {
    view.setUint32(HEADER_BYTES + i * 8, offset, true);
    view.setUint32(HEADER_BYTES + i * 8 + 4, length, true);
    out.set(memory.subarray(offset, offset + length), cursor);
    cursor += length;
  });
  return out;
}

/**
 * Reads a packed snapshot as it streams in: `memory` (the full-size buffer) exists as soon as the header and the run
 * table are in, so Pyodide can size and instantiate its wasm while the pages are still arriving; `finish` says whether
 * every byte came. Errors are sentences: the worker shows them when it falls back to a bare boot.
 */
export class SnapshotPageReader {
  memory: Uint8Array | null = null;
  private head = new Uint8Array(0);
  private runs: { offset: number; length: number }[] = [];
  private run = 0;
  private within = 0;
  private extra = 0;

  push(chunk: Uint8Array): void {
    if (!this.memory) {
      const joined = new Uint8Array(this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      this.head = joined;
      const tableEnd = this.readHeader();
      if (tableEnd === null) return;
      chunk = this.head.subarray(tableEnd);
      this.head = new Uint8Array(0);
    }
    const memory = this.memory!;
    let at = 0;
    while (at < chunk.length && this.run < this.runs.length) {
      const { offset, length } = this.runs[this.run]!;
      const take = Math.min(length - this.within, chunk.length - at);
      memory.set(chunk.subarray(at, at + take), offset + this.within);
      at += take;
      this.within += take;
      if (this.within === length) {
        this.run += 1;
        this.within = 0;
      }
    }
    this.extra += chunk.length - at;
  }

  /** The whole snapshot; throws when the file ended early or carried bytes after its last page. */
  finish(): Uint8Array {
    if (!this.memory) throw new Error(this.head.length >= MAGIC.length && !this.hasMagic() ? NOT_PACKED : CUT_SHORT);
    if (this.run < this.runs.length) throw new Error(CUT_SHORT);
    if (this.extra > 0) throw new Error('the Python snapshot file has bytes after its last page');
    return this.memory;
  }

  /** Parses the header once it is all in; returns where the page data starts, or null while more is needed. */
  private readHeader(): number | null {
    if (this.head.length >= MAGIC.length && !this.hasMagic()) throw new Error(NOT_PACKED);
    if (this.head.length < HEADER_BYTES) return null;
    const view = new DataView(this.head.buffer, this.head.byteOffset, this.head.byteLength);
    const fullLength = view.getUint32(8, true);
    const runCount = view.getUint32(12, true);
    const tableEnd = HEADER_BYTES + runCount * 8;
    if (this.head.length < tableEnd) return null;
    for (let i = 0; i < runCount; i++) {
      const offset = view.getUint32(HEADER_BYTES + i * 8, true);
      const length = view.getUint32(HEADER_BYTES + i * 8 + 4, true);
      if (offset + length > fullLength) throw new Error('the Python snapshot file has a page outside its memory');
      this.runs.push({ offset, length });
    }
    this.memory = new Uint8Array(fullLength);
    return tableEnd;
  }

  private hasMagic(): boolean {
    return String.fromCharCode(...this.head.subarray(0, MAGIC.length)) === MAGIC;
  }
}

const NOT_PACKED = 'the Python snapshot file is not in the expected format';
const CUT_SHORT = 'the Python snapshot file is cut short';

/** The full snapshot back from `packSnapshotPages` in one go (tests and tools; the worker streams it). */
export function expandSnapshotPages(packed: ArrayBuffer): Uint8Array {
  const reader = new SnapshotPageReader();
  reader.push(new Uint8Array(packed));
  return reader.finish();
}

function isZero(memory: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (memory[i] !== 0) return false;
  return true;
}
