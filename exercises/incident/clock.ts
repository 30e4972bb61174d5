// Pure (all processes): the incident's simulated clock (minutes since midnight of the incident day) and partition dates.

/** "06:40" -> 400. Validated by the scenario schema, so a bad string here is a programming error. */
export function parseClock(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`"${hhmm}" is not a time of day (HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 400 -> "06:40"; past midnight the day is shown, because a full-history rebuild really does run for days. */
export function formatClock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  const hhmm = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return day === 0 ? hhmm : `${hhmm} (${day > 0 ? '+' : ''}${day}d)`;
}

const DAY_MS = 86_400_000;

function dateMs(dateId: string): number {
  const [y, m, d] = dateId.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Inclusive count of daily partitions from `from` to `to`; 0 when `to` is before `from`. */
export function partitionCount(from: string, to: string): number {
  const days = Math.round((dateMs(to) - dateMs(from)) / DAY_MS) + 1;
  return Math.max(0, days);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "2026-03-07" -> "Sat 03-07": runs are read by weekday in an incident ("the weekend runs failed"). */
export function formatPartition(dateId: string): string {
  return `${WEEKDAYS[new Date(dateMs(dateId)).getUTCDay()]} ${dateId.slice(5)}`;
}

/** 9840 -> "9,840"; written out rather than via Intl so every runtime prints the same world. */
export function formatCount(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatEuros(amount: number): string {
  const rounded = Math.round(amount * 100) / 100;
  const [int, frac = ''] = rounded.toFixed(2).split('.') as [string, string];
  return `€${formatCount(Number(int))}.${frac}`;
}
