// Bench (Node): CPU seconds used by this process and its child processes (the grading sandboxes), so grading figures
// can be read apart from what other programs on a shared machine do. Children are read from /proc (Linux only).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds of the live direct children (Deno sandboxes) of this process; null where /proc is not available. */
function childrenCpuSeconds(): number | null {
  if (process.platform !== 'linux') return null;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[1]) !== process.pid) continue;
    ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
  }
  return ticks / TICKS_PER_SECOND;
}

export interface CpuMark {
  host: number;
  children: number | null;
}

export function cpuMark(): CpuMark {
  const u = process.cpuUsage();
  return { host: (u.user + u.system) / 1e6, children: childrenCpuSeconds() };
}

/** CPU seconds since `from` (host plus sandboxes); sandboxes must stay alive in between (they do: warm lanes). */
export function cpuSince(from: CpuMark): { host: number; children: number | null; total: number | null } {
  const now = cpuMark();
  const host = now.host - from.host;
  const children = now.children === null || from.children === null ? null : now.children - from.children;
  return { host, children, total: children === null ? null : host + children };
}
