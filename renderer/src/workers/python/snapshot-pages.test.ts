import { describe, expect, it } from 'vitest';
import { expandSnapshotPages, packSnapshotPages, SnapshotPageReader } from './snapshot-pages';

/** A heap-like buffer: data at the start, a zero gap, a lone byte mid-page, a zero tail, and an odd final length. */
function heapWithGaps(): Uint8Array {
  const memory = new Uint8Array(64 * 1024 + 123);
  for (let i = 0; i < 9000; i++) memory[i] = (i * 7 + 1) % 251;
  memory[40_000] = 9;
  memory[memory.length - 1] = 5;
  return memory;
}

describe('snapshot pages', () => {
  it('rebuilds the exact snapshot from the packed file, which leaves the zero pages out', () => {
    const memory = heapWithGaps();
    const packed = packSnapshotPages(memory);
    expect(packed.length).toBeLessThan(memory.length / 2);
    expect(expandSnapshotPages(packed.slice().buffer)).toEqual(memory);
  });

  it('keeps an all-zero snapshot and a page-aligned one intact', () => {
    for (const memory of [new Uint8Array(3 * 4096), new Uint8Array(2 * 4096).fill(1)]) {
      expect(expandSnapshotPages(packSnapshotPages(memory).slice().buffer)).toEqual(memory);
    }
  });

  it('refuses a file that is not a packed snapshot (a raw Pyodide snapshot, say) or is cut short, in words', () => {
    const packed = packSnapshotPages(heapWithGaps());
    expect(() => expandSnapshotPages(heapWithGaps().slice().buffer)).toThrow('not in the expected format');
    expect(() => expandSnapshotPages(packed.slice(0, packed.length - 10).buffer)).toThrow('cut short');
    expect(() => expandSnapshotPages(packed.slice(0, 20).buffer)).toThrow('cut short');
    const trailing = new Uint8Array(packed.length + 1);
    trailing.set(packed);
    expect(() => expandSnapshotPages(trailing.buffer)).toThrow('bytes after its last page');
  });
});

describe('snapshot pages, streamed', () => {
  it('gives the full-size memory once the header is in, and the same bytes as a whole read whatever the chunking', () => {
    const memory = heapWithGaps();
    const packed = packSnapshotPages(memory);
    for (const size of [1, 7, 4096, 100_000]) {
      const reader = new SnapshotPageReader();
      reader.push(packed.subarray(0, 10));
      expect(reader.memory).toBeNull();
      for (let at = 10; at < packed.length; at += size) reader.push(packed.subarray(at, Math.min(at + size, packed.length)));
      expect(reader.memory?.length).toBe(memory.length);
      expect(reader.finish()).toEqual(memory);
    }
  });

  it('says when the stream ended early, so the worker never restores a half-filled memory', () => {
    const packed = packSnapshotPages(heapWithGaps());
    const reader = new SnapshotPageReader();
    reader.push(packed.subarray(0, packed.length - 1));
    expect(reader.memory).not.toBeNull();
    expect(() => reader.finish()).toThrow('cut short');
  });
});
