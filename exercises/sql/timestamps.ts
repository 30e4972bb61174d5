// Pure (all processes): UTC timestamp text helpers shared by the dataset generator and the graders' data edits.

const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** Parses `YYYY-MM-DD HH:MM:SS` (or a bare date) as UTC; the dataset never stores offsets. */
export function parseTs(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`Not a dataset timestamp: ${text}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

export function formatTs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function addHours(text: string, hours: number): string {
  return formatTs(parseTs(text) + hours * MS_PER_HOUR);
}

export function addDays(text: string, days: number): string {
  return formatTs(parseTs(text) + days * MS_PER_DAY);
}

/** Same day-of-month `months` later, clamped to the 28th so every month has the day. */
export function addMonths(text: string, months: number): string {
  const d = new Date(parseTs(text));
  const day = Math.min(d.getUTCDate(), 28);
  return formatTs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
}

/** Last calendar day of the month containing `text`, at the given UTC hour and minute. */
export function lastDayOfMonthAt(text: string, hour: number, minute: number): string {
  const d = new Date(parseTs(text));
  return formatTs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, hour, minute, 0));
}

export function utcHour(text: string): number {
  return new Date(parseTs(text)).getUTCHours();
}
