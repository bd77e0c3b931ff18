/** A UTC calendar day, `YYYY-MM-DD`. All dates in Faultline are UTC days. */
export type Day = string & { readonly __brand: 'Day' };
/** A UTC calendar month, `YYYY-MM`. */
export type Month = string & { readonly __brand: 'Month' };

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` and checks it is a real calendar day; returns undefined otherwise. */
export function parseDay(text: string): Day | undefined {
  const m = DAY_RE.exec(text);
  if (!m) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : (text as Day);
}

/**
 * Days by epoch day (days since 1970-01-01) and back: ingest converts millions of timestamps that fall on
 * a few thousand days, so each conversion is made once (bounded by the calendar: ~365 entries a year).
 */
const dayOfEpoch = new Map<number, Day>();
const epochOfDay = new Map<string, number>();

function epochToDay(epochDay: number): Day {
  let day = dayOfEpoch.get(epochDay);
  if (day === undefined) {
    day = new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10) as Day;
    dayOfEpoch.set(epochDay, day);
  }
  return day;
}

/** The UTC day of a unix timestamp in seconds. @example dayFromUnix(1713744000) === '2024-04-22' */
export function dayFromUnix(seconds: number): Day {
  return epochToDay(Math.floor(seconds / 86_400));
}

/** The UTC day of a JS Date. */
export function dayFromDate(date: Date): Day {
  return date.toISOString().slice(0, 10) as Day;
}

/** The month a day falls in. @example monthOf('2024-11-08') === '2024-11' */
export function monthOf(day: Day): Month {
  return day.slice(0, 7) as Month;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** The day `n` days after `day` (before, for negative n). @example addDays('2024-02-28', 2) === '2024-03-01' */
export function addDays(day: Day, n: number): Day {
  let epoch = epochOfDay.get(day);
  if (epoch === undefined) {
    epoch = Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
    epochOfDay.set(day, epoch);
  }
  return epochToDay(epoch + n);
}

/** The last day of a month. @example lastDayOfMonth('2024-02') === '2024-02-29' */
export function lastDayOfMonth(month: Month): Day {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) as Day;
}
